"""Review D's English regressions, on invented wire copy: a thing built for a third country is
still that country's; a later act done to the lead's thing is its own event; a thing being
replaced is not the thing told; the two sides a third party's speaker speaks of are not the
topic's."""

from __future__ import annotations

from one_article import article_events as _events

from chronology.config import Topic
from chronology.extraction.relevance import other_countries

TOPIC = Topic(actors={"Russia": ("Russia", "Russian"), "Iran": ("Iran", "Iranian")},
              terms=("frigates", "jets"))
SIGNED = "Iran announced today that it has signed a contract with Russia for 24 Su-35 jets.\n\n"
VISITED = "Iran's navy chief visited Moscow on Monday to discuss Russian frigates {}, the ministry said.\n\n"
DELIVERED = ("MOSCOW, March 8 (Reuters) - Russia delivered the first Su-35 fighter jets to Iran on "
             "Tuesday, the defence ministry said.\n\n")


def _dated(tmp_path, published, body):
    return sorted((e.date, e.title) for e in _events(tmp_path, published, body))


def test_a_thing_only_built_for_a_third_country_names_it():
    assert other_countries("Russia launched the first frigate built for Egypt in September 2023.",
                           TOPIC) == ["Egypt"]
    assert other_countries("Iran bought two frigates that had been built for Egypt.", TOPIC) == []


def test_a_thing_built_for_a_third_country_is_no_event_of_the_sides(tmp_path):
    body = ("Russia launched the first frigate built for Egypt in September 2023, the Russian navy "
            "said.\n\nIran has ordered eight of the ships from Russia.")
    assert _dated(tmp_path, "2024-05-20", body) == []


def test_another_act_done_to_the_lead_s_thing_is_its_own_event(tmp_path):
    body = SIGNED + "The contract was terminated on Friday after a dispute over engines."
    assert [d for d, _ in _dated(tmp_path, "2024-06-10", body)] == ["2024-06-07", "2024-06-10"]


def test_the_lead_s_act_told_again_still_dates_it(tmp_path):
    body = SIGNED + "The contract was signed on Friday in Tehran, officials said."
    assert [d for d, _ in _dated(tmp_path, "2024-06-10", body)] == ["2024-06-07"]


def test_a_thing_being_replaced_is_not_the_thing_told(tmp_path):
    body = VISITED.format("that will replace the navy's old ships") + \
        "The ships were decommissioned in 2019."
    assert "2019" not in [d for d, _ in _dated(tmp_path, "2024-06-10", body)]


def test_the_thing_told_is_still_told_again(tmp_path):
    body = VISITED.format("for the navy's fleet") + "The frigates were ordered in 2019."
    assert "2019" in [d for d, _ in _dated(tmp_path, "2024-06-10", body)]


def test_the_two_sides_of_a_third_party_s_speaker_are_not_the_topic(tmp_path):
    body = DELIVERED + ("On Sunday, a Taliban spokesman said the two sides had agreed to a "
                        "prisoner exchange.")
    assert "2023-03-05" not in [d for d, _ in _dated(tmp_path, "2023-03-08", body)]


def test_the_two_sides_of_an_unaffiliated_speaker_stay_the_topic(tmp_path):
    body = DELIVERED + ("On Sunday, a ministry spokesman said the two sides had agreed to a "
                        "prisoner exchange.")
    assert "2023-03-05" in [d for d, _ in _dated(tmp_path, "2023-03-08", body)]
