"""Two articles telling one act at one sea a day apart (a time zone: NORAD's Wednesday is
Moscow's Thursday), in other verbs but most of the same distinctive words, are one event;
the seas of the world's oceans are known, and lie in their ocean."""

from __future__ import annotations

from one_article import merged_sources, story

from chronology.extraction.theatres import elsewhere, waters


def _doc(published: str, body: str) -> str:
    return story(published, f"Headline\n\n{body}", "en")


def test_one_patrol_told_a_day_apart_at_one_sea_is_one_event(tmp_path):
    first = _doc("2024-07-25", "Russian and Iranian strategic bombers carried out a joint "
                 "air patrol over the Bering Sea on Wednesday, the defence ministry said.")
    second = _doc("2024-07-25", "Russia and Iran conducted a joint air patrol of strategic "
                  "bombers over the Bering Sea on Thursday, officials said.")
    assert sorted(map(len, merged_sources(tmp_path, [first, second]))) == [2]


def test_at_other_seas_they_stay_apart(tmp_path):
    first = _doc("2024-07-25", "Russian and Iranian strategic bombers carried out a joint "
                 "air patrol over the Bering Sea on Wednesday, the defence ministry said.")
    second = _doc("2024-07-25", "Russia and Iran conducted a joint air patrol of strategic "
                  "bombers over the Sea of Japan on Thursday, officials said.")
    assert sorted(map(len, merged_sources(tmp_path, [first, second]))) == [1, 1]


def test_seas_lie_in_their_ocean():
    assert waters("drills in the South China Sea", "en") == {"South China Sea", "Pacific Ocean"}
    assert not elsewhere("drills in the Sea of Japan", "en", "drills in the Pacific Ocean", "en")
    assert elsewhere("drills in the Sea of Japan", "en", "drills in the Baltic Sea", "en")


def test_one_named_exercise_told_at_two_seas_of_one_ocean_is_one_event(tmp_path):
    # review F: "the Gulf of Oman" and "the Persian Gulf" both lie in the Indian Ocean
    first = _doc("2025-10-15", "Iran, Russia and China began the Maritime Security Belt naval "
                 "exercise in the Gulf of Oman on Tuesday, officials said.")
    second = _doc("2025-10-15", "Iran, Russia and China began the Maritime Security Belt naval "
                  "exercise in the Persian Gulf on Tuesday, state media reported.")
    assert sorted(map(len, merged_sources(tmp_path, [first, second]))) == [2]
