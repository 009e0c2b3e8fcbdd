"""One event told in Russian and in English: a designation is the same in either script
(issue 11 item 7)."""

from __future__ import annotations

from pathlib import Path

import pytest
from one_article import merged_sources

from chronology.config import load_config
from chronology.extraction.crosslang import designations

REPO = Path(__file__).resolve().parents[2]
CONFIG = load_config(REPO / "content" / "site.yaml")

# Invented: a TASS-like wire in Russian and an English report of the same delivery, told
# with different verbs (received / landed) and dated a day apart.
RU_YAK = ("---\npublished: 2023-09-13\nlanguage: ru\n---\nМОСКВА, 13 сентября. /ТАСС/. Иран "
          "получил первые учебно-боевые самолеты Як-130 из России, сообщил во вторник "
          "источник в военных кругах.\n")
EN_YAK = ("---\npublished: 2023-09-13\n---\nTEHRAN (Example News) - The first Russian-made "
          "Yak-130 jets landed at an Iranian air base on Wednesday, the defence ministry said.\n")
RU_S300 = ("---\npublished: 2016-05-11\nlanguage: ru\n---\nМОСКВА, 11 мая. /ТАСС/. Россия "
           "поставила Ирану зенитные ракетные комплексы С-300 во вторник, сообщили в "
           "Минобороны.\n")
EN_S400 = ("---\npublished: 2016-05-11\n---\nTEHRAN (Example Wire) - Russia delivered the S-400 "
           "air defence missile system to Iran on Tuesday, officials said.\n")
EN_S300 = EN_S400.replace("S-400", "S-300")
RU_ZAPAD = ("---\npublished: 2021-09-10\nlanguage: ru\n---\nМОСКВА, 10 сентября. /ТАСС/. Активная "
            "фаза учений «Запад-2021» с участием военных Ирана и России началась в пятницу, "
            "сообщили в Минобороны.\n")
EN_ZAPAD = ("---\npublished: 2021-09-11\n---\nMOSCOW (Example Wire) - Iranian troops joined "
            "Russian forces on Friday as the Zapad-2021 drills entered their active phase, the "
            "ministry said.\n")
EN_KAVKAZ = EN_ZAPAD.replace("Zapad-2021", "Kavkaz-2021")


@pytest.mark.parametrize(("texts", "together"), [
    ((RU_YAK, EN_YAK), True),  # "Як-130" is "Yak-130", a day apart, whatever the verbs
    ((RU_S300, EN_S300), True),
    ((RU_S300, EN_S400), False),  # "С-300" and "S-400": two systems, however alike the rest
    ((RU_ZAPAD, EN_ZAPAD), True),  # "Запад-2021" is "Zapad-2021"
    ((RU_ZAPAD, EN_KAVKAZ), False),  # two named exercises of one day, one side each
])
def test_a_designation_is_the_same_in_russian_and_english(tmp_path, texts, together):
    sources = merged_sources(tmp_path, {"e1.md": texts[1], "r2.md": texts[0]})
    assert sources == ([["e1", "r2"]] if together else [["e1"], ["r2"]])


@pytest.mark.parametrize(("text", "found"), [
    ("Иран получил МиГ-29 и С-400, а также Ту-22М3.", {"MIG-29", "S-400", "TU-22M3"}),
    ("Россия передала ракеты Х-101 и вертолеты Ми-17.", {"KH-101", "MI-17"}),
    ("Iran received Yak-130 jets and Su-35 fighters.", {"YAK-130", "SU-35"}),
    ("В 2015-2016 годах Россия поставила Ирану С-300.", {"S-300"}),  # not the years
    ("Учения «Запад-2021» и «Кавказ-2020» завершились.", {"ZAPAD-2021", "KAVKAZ-2020"}),
])
def test_designations_are_read_in_either_script(text, found):
    assert designations(text) == found


# Invented reports of one Friday: an exercise named in Russian, and its English translation.
RU_CENTER = RU_ZAPAD.replace("Запад-2021", "Центр-2021")
EN_CENTER = EN_ZAPAD.replace("Zapad-2021", "Center 2021")


def test_a_translated_edition_name_is_one_edition(tmp_path):
    assert merged_sources(tmp_path, {"e1.md": EN_CENTER, "r2.md": RU_CENTER}) == [["e1", "r2"]]


@pytest.mark.parametrize(("text", "found"), [
    ("Iran joined the Center 2019 and Caucasus-2020 drills.", {"TSENTR-2019", "KAVKAZ-2020"}),
    ("Учения «Центр-2019» прошли.", {"TSENTR-2019"}),
    ("Since 2019 Iran has bought jets.", set()),  # a function word before a year
    ("Летом 2023 года прошли учения.", set()),  # a season
    ("Итоги 2024 подвели в Минобороны.", set()),  # a sentence's opening word
    ("Beijing's plan Made in China 2025 names aircraft.", set()),  # a country
])
def test_an_edition_is_a_name_before_a_year(text, found):
    assert designations(text) == found
