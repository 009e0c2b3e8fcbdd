"""Two arrivals at other places are two events, however alike their words: where a ship or
a visitor arrived is where its act happened (``theatres.both_arrive``; issue 9 item 8).
Invented reports in the agencies' styles."""

from __future__ import annotations

import pytest
from one_article import merged_sources, story

from chronology.extraction.theatres import arrived_elsewhere, both_arrive

FRIGATE = story("2019-03-05", "TEHRAN (Example Wire) - A Russian frigate arrived at Bandar Abbas "
                "on Monday for a port call, Iranian media reported.", "en")
DESTROYER = {
    "same day": story("2019-03-05", "MOSCOW (Example News) - An Iranian destroyer arrived in "
                      "Vladivostok on Monday, the Russian navy said.", "en"),
    "next day": story("2019-03-06", "MOSCOW (Example News) - An Iranian destroyer arrived in "
                      "Vladivostok on Tuesday, the Russian navy said.", "en"),
}


@pytest.mark.parametrize("when", sorted(DESTROYER))
def test_two_port_calls_at_other_ports_are_two_events(tmp_path, when):
    placed = merged_sources(tmp_path, {"a1.md": FRIGATE, "a2.md": DESTROYER[when]})
    assert placed == [["a1"], ["a2"]]


def test_one_port_call_told_twice_is_still_one_event(tmp_path):
    again = story("2019-03-05", "BANDAR ABBAS (Example News) - A Russian navy frigate arrived "
                  "at Bandar Abbas on Monday for a port call.", "en")
    assert merged_sources(tmp_path, {"a1.md": FRIGATE, "a2.md": again}) == [["a1", "a2"]]


@pytest.mark.parametrize(("a", "b", "both"), [
    ("The frigate arrived at Bandar Abbas.", "The destroyer docked at Vladivostok.", True),
    ("The frigate arrived at Bandar Abbas.", "The ministers held talks in Tehran.", False),
])
def test_both_arrive(a, b, both):
    assert both_arrive(a, "en", b, "en") is both


RU_FRIGATE = story("2019-03-05", "ТЕГЕРАН, 5 марта. /ТАСС/. Российский фрегат в понедельник прибыл "
                   "в порт Бендер-Аббас с деловым заходом.", "ru")
RU_DESTROYER = story("2019-03-06", "ВЛАДИВОСТОК, 6 марта – РИА Новости. Иранский эсминец во "
                     "вторник прибыл во Владивосток, сообщили в ВМФ России.", "ru")


def test_two_port_calls_at_other_ports_are_two_events_in_russian(tmp_path):
    placed = merged_sources(tmp_path, {"a1.md": RU_FRIGATE, "a2.md": RU_DESTROYER})
    assert placed == [["a1"], ["a2"]]


@pytest.mark.parametrize(("a", "b", "apart"), [
    ("Фрегат прибыл в порт Бендер-Аббас.", "Эсминец прибыл во Владивосток.", True),
    ("Фрегат прибыл в порт Бендер-Аббас.", "Корабль прибыл в Бендер-Аббас утром.", False),
    ("Министр прибыл в Иран.", "Министр прибыл в Тегеран.", False),  # a country: no place
])
def test_arrivals_elsewhere_in_russian(a, b, apart):
    assert arrived_elsewhere(a, "ru", b, "ru") is apart


def test_one_port_transliterated_two_ways_is_one_place():
    # near-miss (review): two agencies spell one port's name in two ways ("Бендер-Аббас",
    # "Бандар-Аббас"): the same place, no two acts
    assert arrived_elsewhere("Фрегат прибыл в порт Бендер-Аббас.", "ru",
                             "Фрегат прибыл в Бандар-Аббас утром.", "ru") is False


@pytest.mark.parametrize(("a", "b", "apart"), [
    # near misses (review): the place is the name after "port of", past the sea before it;
    # a port named with or without its word for "port" is one; an airport is in its city
    ("Two corvettes arrived in the Persian Gulf port of Bandar Abbas on Friday.",
     "Two corvettes docked at the port of Bandar-Abbas on Friday.", False),
    ("A minesweeper arrived in the Caspian port of Anzali on Friday.",
     "A minesweeper docked at Bandar Anzali on Friday.", False),
    ("The minister arrived in Tehran on Friday.",
     "The minister landed at Mehrabad airport on Friday.", False),
    ("A minesweeper arrived in the Caspian port of Anzali on Friday.",
     "A corvette docked at the port of Bandar Abbas on Friday.", True),
])
def test_arrivals_elsewhere_in_english(a, b, apart):
    assert arrived_elsewhere(a, "en", b, "en") is apart
