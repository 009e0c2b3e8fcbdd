"""Two ports whose names begin alike ("Бендер-Аббас", "Бендер-Энзели"; "بندرعباس",
"بندرانزلی": "bandar" is "port") are two places, two arrivals; one port spelled two ways
("Бендер-Аббас", "Бандар-Аббас") is one (issues 9 and 11)."""

from __future__ import annotations

import pytest
from one_article import merged_sources, story

from chronology.extraction.theatres import arrived_elsewhere
from chronology.extraction.theatres import skeleton as skeleton_of


def _ru(agency: str, port: str, verb: str = "прибыл в порт") -> str:
    # Invented: two Russian wires of one day, of a naval visit to an Iranian port.
    return story("2019-03-06", f"МОСКВА, 6 марта. /{agency}/. Отряд кораблей Каспийской "
                 f"флотилии во вторник {verb} {port} с визитом.", "ru")


def _fa(agency: str, port: str) -> str:
    # Invented: two Persian agency reports of one day, of Russian warships docking.
    return story("2019-03-06", f"تهران- {agency}- ناوهای روسیه روز سه‌شنبه در {port} پهلو "
                 "گرفتند.", "fa")


@pytest.mark.parametrize(("texts", "together"), [
    ((_ru("ТАСС", "Бендер-Аббас"), _ru("РИА Новости", "Бендер-Энзели")), False),
    ((_ru("ТАСС", "Бандар-Аббас", "зашел в иранский порт"),
      _ru("РИА Новости", "Бандар-Анзали", "зашел в иранский порт")), False),
    ((_ru("ТАСС", "Бендер-Аббас"), _ru("РИА Новости", "Бандар-Аббас")), True),  # one port
    ((_fa("ایرنا", "بندرعباس"), _fa("ایسنا", "بندرانزلی")), False),
    ((_fa("ایرنا", "بندرعباس"), _fa("ایسنا", "بندر عباس")), True),
])
def test_two_ports_of_one_first_word_are_two_arrivals(tmp_path, texts, together):
    sources = merged_sources(tmp_path, list(texts))
    assert sources == ([["r0", "r1"]] if together else [["r0"], ["r1"]])


@pytest.mark.parametrize(("name", "skeleton"), [
    ("бендер-аббас", "бндр-бс"), ("бандар-аббаса", "бндр-бс"), ("бендер-энзели", "бндр-нзл"),
    ("владивостока", "влдв"),
    ("bandar-e abbas", "bndr-bs"), ("bandar-ye abbas", "bndr-bs"),  # the ezafe is no part
])
def test_a_place_skeleton_keeps_each_part_of_its_name(name, skeleton):
    assert skeleton_of(name) == skeleton


def _en(agency: str, port: str) -> str:
    # Invented: two English wires of one day, of Russian warships docking in Iran.
    return story("2019-03-06", f"TEHRAN ({agency}) - Russian warships docked at {port} port on "
                 "Tuesday, the navy said.")


@pytest.mark.parametrize(("texts", "together"), [
    ((_en("Example Wire", "Bandar Abbas"), _en("Example News", "Bandar Anzali")), False),
    ((_en("Example Wire", "Bandar Abbas"), _en("Example News", "Bandar-Abbas")), True),
])
def test_two_english_arrivals_at_other_ports_are_two_acts(tmp_path, texts, together):
    sources = merged_sources(tmp_path, list(texts))
    assert sources == ([["r0", "r1"]] if together else [["r0"], ["r1"]])


@pytest.mark.parametrize(("a", "b", "apart"), [
    # near misses (review): the port word joined to the name is read past after "شهر" too
    ("ناوچه‌ها روز جمعه وارد شهر بندرعباس شدند.", "ناوچه‌ها روز جمعه وارد بندرعباس شدند.", False),
    ("ناوچه‌ها روز جمعه وارد شهر بندرعباس شدند.", "ناوچه‌ها روز جمعه وارد بندرانزلی شدند.", True),
])
def test_a_persian_port_after_the_word_city_is_the_port(a, b, apart):
    assert arrived_elsewhere(a, "fa", b, "fa") is apart
