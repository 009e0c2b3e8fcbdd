"""One arrival told two ways (landed late one day, arrived early the next) is one event; an
arrival named in a side phrase ("a day after his arrival") is no arrival told, and an arrival
and the visit's next act, on two days, are two events (``theatres.arrival_and_next``)."""

from __future__ import annotations

import pytest
from one_article import CONFIG, merged_sources

from chronology.extraction.theatres import arrival_and_next

EN = "---\npublished: 2025-03-12\n---\n"

# Invented reports of one visit: landing late on Tuesday 11 March, told by another outlet as
# an arrival early on Wednesday.
LANDED = EN + ("MOSCOW (Example Wire) - Russian President Vladimir Putin landed in Tehran late "
               "on Tuesday for talks with Iranian President Masoud Pezeshkian, the Kremlin said.\n")
ARRIVED = EN + ("TEHRAN (Other Wire) - Russian President Vladimir Putin arrived in Tehran early "
                "on Wednesday for talks with Iranian President Masoud Pezeshkian, state media "
                "reported.\n")


def test_one_arrival_told_two_ways(tmp_path):
    assert merged_sources(tmp_path, [LANDED, ARRIVED], CONFIG) == [["r0", "r1"]]


@pytest.mark.parametrize(("told", "code"), [
    ("Putin landed in Tehran late on Tuesday.", "en"),
    ("The frigate docked at Bandar Abbas on Tuesday.", "en"),
    ("Путин приземлился в Тегеране во вторник.", "ru"),
    ("پوتین سه‌شنبه در فرودگاه مهرآباد فرود آمد.", "fa"),
])
def test_landing_is_an_arrival_and_the_talks_another_act(told, code):
    talks = {"en": "Putin held talks with Pezeshkian on Wednesday.",
             "ru": "Путин в среду провел переговоры с Пезешкианом.",
             "fa": "پوتین چهارشنبه با پزشکیان گفتگو کرد."}[code]
    assert arrival_and_next("2025-03-11", told, code, False, "2025-03-12", talks, code, False)
    assert not arrival_and_next("2025-03-11", told, code, False, "2025-03-12",
                                "Putin arrived in Tehran on Wednesday.", "en", False)


@pytest.mark.parametrize(("aside", "code"), [
    ("Pezeshkian met Putin on Wednesday, a day after his arrival in Tehran.", "en"),
    ("Пезешкиан в среду встретился с Путиным на следующий день после его прибытия.", "ru"),
])
def test_an_arrival_in_a_side_phrase_is_none(aside, code):
    arrived = "Putin arrived in Tehran on Tuesday."
    assert arrival_and_next("2025-03-11", arrived, "en", False, "2025-03-12", aside, code, False)


def test_an_arrival_and_the_next_act_never_share_an_event(tmp_path):
    """A grouping conflict, not only a zero score: a third report of the whole visit cannot
    chain the arrival and the talks of the next day into one event."""
    from one_article import article_events

    from chronology.extraction.merge import _other_systems
    from chronology.extraction.model import from_event

    (arrival,) = article_events(tmp_path, "2025-03-11", "TEHRAN (Example Wire) - Russian "
                                "President Vladimir Putin arrived in Tehran on Tuesday, "
                                "Iranian state media reported.")
    (talks,) = article_events(tmp_path, "2025-03-12", "TEHRAN (Example Wire) - Russian "
                              "President Vladimir Putin held talks with Iranian President "
                              "Masoud Pezeshkian in Tehran on Wednesday, the Kremlin said.")
    arrival, talks = from_event(arrival), from_event(talks)
    assert arrival.event.date == "2025-03-11" and talks.event.date == "2025-03-12"
    assert _other_systems(arrival, talks) and _other_systems(talks, arrival)


# Invented near misses (issue 11, review Q item 2): reaching a speed, a stage or a sum, landing
# a contract, a weapon landing are no arrival, so the same act told on two days is not split.
@pytest.mark.parametrize("told", [
    "The missile reached Mach 8 in a test late on Sunday.",
    "The new air defence system reached IOC on Sunday.",
    "Arms exports reached US$4 billion on Sunday, the agency said.",
    "Russia landed a contract for the frigates on Sunday.",
    "Two rockets landed near the US embassy late on Sunday.",
    "Two rockets landed in Baghdad late on Sunday.",
])
def test_no_arrival_in_a_near_miss(told):
    other = "The same act was reported early on Monday, officials said."
    assert not arrival_and_next("2025-03-09", told, "en", False, "2025-03-10", other, "en",
                                False)


# Invented reports of one missile test: late on Sunday by one wire, early on Monday by another.
TEST_SUNDAY = ("---\npublished: 2025-03-10\n---\nMOSCOW (Example Wire) - Russia tested its "
               "Zircon hypersonic missile in the Barents Sea late on Sunday, and the missile "
               "reached Mach 8, the defence ministry said.\n")
TEST_MONDAY = ("---\npublished: 2025-03-10\n---\nMOSCOW (Other Wire) - Russia tested its Zircon "
               "hypersonic missile in the Barents Sea early on Monday, the defence ministry "
               "said.\n")


def test_a_missile_reaching_a_speed_does_not_split_one_test(tmp_path):
    assert merged_sources(tmp_path, [TEST_SUNDAY, TEST_MONDAY], CONFIG) == [["r0", "r1"]]
