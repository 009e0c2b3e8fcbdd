"""A thing a Russian or Persian report names in quotation marks after its kind (a ship, a
satellite, a weapons system, an exercise, an operation: ``NAMED_KINDS``) is named as a
designation is: two reports of one language naming it on adjacent days tell one act, two
naming other such things of one day tell two; a name after any other noun (an outlet's, a
company's) is none.  A ship "завершил переход" arrived: no end phase of an act (issue 9
item 8, issue 11 item 7).  Invented articles in the agencies' styles."""

from __future__ import annotations

import pytest
from one_article import merged_sources

from chronology.extraction.crosslang import quoted_names
from chronology.extraction.theatres import phases


def _ru(day: str, body: str) -> str:
    return f"---\npublished: 2024-03-{day}\nlanguage: ru\n---\n{body}\n"


def _fa(day: str, body: str) -> str:
    return f"---\npublished: 2024-03-{day}\nlanguage: fa\n---\n{body}\n"


SHIP_ARRIVED = _ru("13", "ТЕГЕРАН, 13 марта. /ТАСС/. Российский корвет «Стойкий» в среду прибыл "
                         "в иранский порт Бендер-Аббас, сообщили в пресс-службе Балтийского "
                         "флота.")
SHIP_PASSAGE = _ru("14", "МОСКВА, 14 марта - РИА Новости. Корвет «Стойкий» в четверг успешно "
                         "завершил переход к берегам Ирана, где его встретили военные моряки "
                         "исламской республики, передает агентство.")
PANTSIR = _ru("14", "МОСКВА, 14 марта. /ТАСС/. Россия в четверг передала Ирану зенитные "
                    "комплексы «Панцирь», сообщил источник в оборонной отрасли.")
TOR = _ru("14", "МОСКВА, 14 марта - РИА Новости. Россия в четверг передала Ирану зенитные "
                "комплексы «Тор», рассказал собеседник агентства в оборонно-промышленном "
                "комплексе.")


@pytest.mark.parametrize(("texts", "together"), [
    ((SHIP_ARRIVED, SHIP_PASSAGE), True),  # one corvette's arrival told two days, two ways
    ((PANTSIR, TOR), False),  # one day, one kind, one pair of sides: two systems
])
def test_a_quoted_name_after_its_kind_names_one_thing(tmp_path, texts, together):
    grouped = merged_sources(tmp_path, {"a1.md": texts[0], "a2.md": texts[1]})
    assert (["a1", "a2"] in grouped) is together


def test_only_a_name_after_a_kind_of_named_thing_counts():
    assert quoted_names("ЗРК «Панцирь-С1» и газета «Известия»", "ru") == {"панцирь с1"}
    assert quoted_names("концерн «Алмаз-Антей» сообщил", "ru") == frozenset()
    assert quoted_names("تهران- ایرنا- رزمایش «کمربند امنیت دریایی» آغاز شد", "fa") == \
        {"کمربند امنیت دریایی"}
    assert quoted_names("روزنامه «کیهان» نوشت", "fa") == frozenset()
    assert quoted_names("The «Kilo» submarine", "en") == frozenset()  # English: ``things``


def test_a_passage_completed_is_an_arrival_not_an_end():
    assert "end" not in phases("Корвет успешно завершил переход в порт Бендер-Аббас.", "ru")
    assert "end" in phases("Учения завершились в пятницу.", "ru")
