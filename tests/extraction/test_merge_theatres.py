"""Reports that place their acts apart (other seas; a sea and a part of a country), give them
to other armed services, or tell other phases of an act on other days are two events, in
English and across Russian and Persian (``chronology/extraction/theatres.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from one_article import merged_sources

from chronology.config import load_config
from chronology.extraction.theatres import elsewhere, one_service_each, other_phases, services

REPO = Path(__file__).resolve().parents[2]
CONFIG = load_config(REPO / "content" / "site.yaml")
EN = "---\npublished: 2025-03-15\n---\n"
RU = "---\npublished: 2025-03-15\nlanguage: ru\n---\n"
FA = "---\npublished: 2025-03-15\nlanguage: fa\n---\n"

# Invented reports of one Saturday.
NAVAL = EN + ("TEHRAN (Example Wire) - Iran, Russia and China began a four-day naval exercise "
              "in the Gulf of Oman on Friday, Iran's navy said.\n")
AIR_DEFENCE_RU = RU + ("ТЕГЕРАН, 15 марта. /Пример/. Силы ПВО Ирана проводят крупные учения на "
                       "юге страны, спустя несколько дней после визита российских и китайских "
                       "кораблей. Учения стартовали в пятницу.\n")
NAVAL_RU = RU + ("ТЕГЕРАН, 15 марта – Пример Новости. Россия, Иран и Китай в пятницу начали "
                 "военно-морские учения в Оманском заливе, сообщил командующий ВМС Ирана.\n")
CASPIAN_RU = RU + ("МОСКВА, 15 марта. /Пример/. Корабли России и Ирана в пятницу начали "
                   "совместные учения в Каспийском море, сообщили в штабе флота.\n")
ENDED_RU = RU + ("МОСКВА, 15 марта. /Пример/. Россия, Иран и Китай завершили военно-морские "
                 "учения в Оманском заливе в четверг, сообщили в штабе флота.\n")
BEGAN_WEDNESDAY = EN + ("TEHRAN (Example Wire) - Iran, Russia and China began a naval exercise "
                        "in the Gulf of Oman on Wednesday, Iran's navy said.\n")
NAVIES = EN + ("MOSCOW (Example News) - The navies of Russia and Iran held a joint drill on "
               "Friday, the Russian defence ministry said.\n")
AIR_DEFENCES = EN + ("TEHRAN (Example Wire) - The air defence forces of Russia and Iran held a "
                     "joint drill on Friday, Iranian state media reported.\n")
NAVIES_AGAIN = EN + ("MOSCOW (Other Wire) - Russian and Iranian navies staged a joint drill on "
                     "Friday, officials said.\n")
# The ships sailing out two days after the drill's opening ceremony: another phase.
OPENED_WEDNESDAY = EN + ("BANDAR ABBAS (Example Wire) - A Russian naval deputy chief of staff "
                         "announced on Wednesday the official start of the joint naval exercise "
                         "with the Iranian navy.\n")
SAILED_FRIDAY = EN + ("BANDAR ABBAS (Example Wire) - Russian and Iranian warships on Friday left "
                      "a naval base in the port city of Bandar Abbas to start the joint naval "
                      "exercise.\n")
# Ships leaving port and beginning the exercise on Monday, and the exercise beginning on
# Tuesday in another outlet's report: both tell its start, one event (review H).
LEFT_AND_BEGAN = EN.replace("2025-03-15", "2025-03-10") + (
    "TEHRAN (Example News) - Russian and Iranian warships left the port of Bandar Abbas on "
    "Monday and began the joint naval exercise in the Gulf of Oman, Iran's navy said.\n")
BEGAN_TUESDAY = EN.replace("2025-03-15", "2025-03-11") + (
    "MOSCOW (Example Wire) - The joint naval exercise of Russia and Iran began in the Gulf of "
    "Oman on Tuesday, the Russian defence ministry said.\n")


def _sources(tmp_path, texts: list[str]) -> list[list[str]]:
    return merged_sources(tmp_path, texts, CONFIG)


@pytest.mark.parametrize(("texts", "together"), [
    ((NAVAL, AIR_DEFENCE_RU), False),  # the gulf and "на юге страны"; the navy and air defence
    ((NAVAL_RU, AIR_DEFENCE_RU), False),
    ((NAVAL, CASPIAN_RU), False),  # the Gulf of Oman and the Caspian Sea
    ((BEGAN_WEDNESDAY, ENDED_RU), False),  # its start on Wednesday, its end on Thursday
    ((NAVIES, AIR_DEFENCES), False),  # both name both sides; one service each, not the same
    ((OPENED_WEDNESDAY, SAILED_FRIDAY), False),  # its opening, and its ships leaving port
    ((LEFT_AND_BEGAN, BEGAN_TUESDAY), True),  # the ships' leaving told with the start
    ((NAVAL, NAVAL_RU), True),  # near misses: one exercise, told in two languages
    ((NAVIES, NAVIES_AGAIN), True),  # and twice in English
])
def test_acts_apart_stay_apart(tmp_path, texts, together):
    sources = _sources(tmp_path, list(texts))
    assert sources == ([["r0", "r1"]] if together else [["r0"], ["r1"]])


def test_the_words_of_each_language():
    assert services("Naval forces and air defence units of Iran drilled.", "en") == \
        ("naval", "air defence")
    assert services("نیروی دریایی ارتش و پدافند هوایی رزمایش برگزار کردند", "fa") == \
        ("naval", "air defence")
    assert elsewhere("учения в Оманском заливе", "ru", "رزمایش در دریای خزر", "fa")
    assert not elsewhere("учения в Оманском заливе", "ru", "drills in the Indian Ocean", "en")
    assert not elsewhere("учения на юге страны у побережья Чабахара", "ru",
                         "drills in the Gulf of Oman", "en")  # a coast: the gulf may be near
    assert one_service_each("учения ПВО", "ru", "naval drills", "en")
    assert not one_service_each("учения ПВО и ВМФ", "ru", "naval drills", "en")
    assert other_phases("2025-03-12", "учения завершились", "ru",
                        "2025-03-10", "drills began", "en")
    assert not other_phases("2025-03-10", "учения начались", "ru",
                            "2025-03-10", "drills ended", "en")  # one day: one report late


# One delivery told by two services' speakers, or with a chief's title and "at the end of a
# visit": one event (review of this round's rules).
S400_A = EN.replace("2025-03-15", "2023-03-13") + (
    "TEHRAN (Example Wire) - Russia delivered the first S-400 air defence systems to Iran on "
    "Monday, Tasnim news agency reported.\n")
S400_B = EN.replace("2025-03-15", "2023-03-13") + (
    "TEHRAN (Example News) - Russia delivered the first S-400 batteries to Iran on Monday, an "
    "Iranian air force commander told state television.\n")
SU35_EN = EN.replace("2025-03-15", "2023-03-11") + (
    "TEHRAN (Example Wire) - Russia handed over the first Su-35 fighter jets to Iran on Friday, "
    "Tasnim news agency reported.\n")
SU35_RU = RU.replace("2025-03-15", "2023-03-11") + (
    "ТЕГЕРАН, 11 марта. /Пример/. Иран получил первые истребители Су-35 из России, заявил в "
    "субботу начальник штаба ВВС Ирана.\n")
SU35_FA = FA.replace("2025-03-15", "2023-03-11") + (
    "تهران- پیام- فرمانده نیروی هوایی ارتش روز شنبه در پایان بازدید از پایگاه همدان اعلام کرد "
    "نخستین جنگنده‌های سوخو-۳۵ از روسیه تحویل گرفته شد.\n")


@pytest.mark.parametrize("texts", [(S400_A, S400_B), (SU35_EN, SU35_RU)])
def test_one_system_told_by_other_services_or_a_chief_is_one_event(tmp_path, texts):
    assert _sources(tmp_path, list(texts)) == [["r0", "r1"]]


def test_phase_words_are_verbs_only():
    from chronology.extraction.theatres import phases
    assert phases("заявил в субботу начальник штаба ВВС", "ru") == frozenset()
    assert phases("в начале марта, по окончании визита", "ru") == frozenset()
    assert phases("учения начались в понедельник", "ru") == {"start"}
    assert phases("учения завершились в среду", "ru") == {"end"}
    assert phases("در پایان بازدید از پایگاه", "fa") == frozenset()
    assert phases("رزمایش به پایان رسید", "fa") == {"end"}
    assert phases("رزمایش آغاز شد", "fa") == {"start"}
    assert phases("the warships left a naval base on Friday", "en") == {"departure"}
    assert phases("the minister left the government in 2019", "en") == frozenset()
    # leaving port and beginning the drill: the report tells its start
    assert phases("the warships left the port of Bandar Abbas on Monday and began the drill",
                  "en") == {"start"}
    # a place left in a state: no departure
    assert phases("a Russian strike on Tuesday left the air base at Hamadan in ruins",
                  "en") == frozenset()
    assert phases("the drone attack left the naval base without power", "en") == frozenset()
    assert phases("the raid left the port of Tartus badly damaged", "en") == frozenset()


def test_a_date_before_a_phase_is_no_programme_name():
    from chronology.extraction.theatres import phases
    assert phases("On March 3 Phase 2 of the joint exercise began near Bandar Abbas", "en") == \
        {"start", "stage"}
    assert phases("the LAND 400 Phase 3 contract was signed", "en") == frozenset()


EXERCISE_A = EN.replace("2025-03-15", "2023-03-11") + (
    "TEHRAN (Example Wire) - Iranian and Russian naval units held a joint exercise in the "
    "Caspian Sea on Friday, the navy said.\n")
SIGNED_TOO = EN.replace("2025-03-15", "2023-03-11") + (
    "MOSCOW (Example News) - Russia and Iran signed an agreement on military training on "
    "Friday, as their forces held joint exercises.\n")


def test_a_report_of_two_acts_is_not_swallowed_by_the_days_exercise(tmp_path):
    sources = _sources(tmp_path, [EXERCISE_A, SIGNED_TOO])
    assert sources == [["r0"], ["r1"]]
