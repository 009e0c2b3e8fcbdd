"""Two articles telling one act on one day and the next (a time zone, or the next day's
report of an announcement), in other verbs and kinds but with most of the same distinctive
words, are one event, wherever it happened; a few shared common words are not enough."""

from __future__ import annotations

from pathlib import Path

from one_article import merged_counts

from chronology.extraction.theatres import services


def _merged(tmp_path: Path, first: str, second: str) -> list[int]:
    return merged_counts(tmp_path, [("2024-06-04", first), ("2024-06-04", second)])


def test_one_award_told_on_the_day_and_the_next_is_one_event(tmp_path):
    assert _merged(
        tmp_path,
        "Iran on Monday awarded a multibillion-dollar contract to the Russian shipbuilder "
        "Severnaya Verf to build six minehunters with composite hulls, the ministry said.",
        "Russia's Severnaya Verf was chosen on Tuesday to build six minehunters with composite "
        "hulls for Iran, creating hundreds of skilled jobs at its yard.") == [2]


def test_common_words_on_the_next_day_are_not_enough(tmp_path):
    assert _merged(
        tmp_path,
        "Iran on Monday awarded a multibillion-dollar contract to the Russian shipbuilder "
        "Severnaya Verf to build six minehunters with composite hulls, the ministry said.",
        "Russian and Iranian officials on Tuesday discussed military cooperation and the "
        "training of Iranian pilots, the ministry said.") == [1, 1]


def test_talks_and_a_signing_on_the_next_day_are_two_events(tmp_path):
    # the same words ("on deepening cooperation in ..."), but talks one day and a
    # memorandum signed the next: two acts (review H)
    assert _merged(
        tmp_path,
        "Russian and Iranian officials held talks on Monday on deepening cooperation in cyber "
        "security, satellite navigation and undersea domain awareness.",
        "Russia and Iran signed a memorandum on Tuesday on deepening cooperation in cyber "
        "security, satellite navigation and undersea domain awareness.") == [1, 1]


def test_a_fleet_of_vehicles_is_no_navy():
    assert services("Iran ordered a fleet of infantry fighting vehicles from Russia.",
                    "en") == ("ground",)
    assert services("The Russian Pacific Fleet sent two frigates to Bandar Abbas.",
                    "en") == ("naval",)


def test_a_signing_and_an_exercise_naming_one_partnership_are_two_events(tmp_path):
    # one day, both naming the frame of the relationship ("their Comprehensive Strategic
    # Partnership"): a memorandum signed and a naval drill held are two acts (review H)
    assert _merged(
        tmp_path,
        "Russia and Iran signed a memorandum on space cooperation on Monday under their "
        "Comprehensive Strategic Partnership, the ministry said.",
        "Warships of Russia and Iran held a passing exercise in the Caspian Sea on Monday, a "
        "sign of their Comprehensive Strategic Partnership.") == [1, 1]
