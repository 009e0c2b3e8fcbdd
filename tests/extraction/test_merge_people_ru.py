"""Russian reports carry the people they name in full, one name in every case
(``foreign_people.people_in``), and the merge reads them as it reads English ones: two
meetings of other people on days a few apart are two events; one meeting of the same people,
told a day apart, is one (``sameness.match_score``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from one_article import merged_sources

from chronology.config import load_config
from chronology.languages import language

REPO = Path(__file__).resolve().parents[2]
CONFIG = load_config(REPO / "content" / "site.yaml")


def _ru(published: str, text: str) -> str:
    return f"---\npublished: {published}\nlanguage: ru\n---\n{text}\n"


# Invented reports: talks of the two presidents on Monday 10 March, and, on Wednesday, the
# visiting president's meeting with a minister.
TALKS = _ru("2025-03-10", "МОСКВА, 10 марта. /Пример/. Президент России Владимир Путин и "
            "президент Ирана Масуд Пезешкиан провели переговоры в Кремле в понедельник.")
TALKS_AGAIN = _ru("2025-03-11", "ТЕГЕРАН, 11 марта – Пример Новости. Масуд Пезешкиан и Владимир "
                  "Путин во вторник провели переговоры в Москве, сообщили в Кремле.")
MINISTER = _ru("2025-03-12", "МОСКВА, 12 марта. /Пример/. Президент Ирана Масуд Пезешкиан "
               "провел переговоры с министром обороны России Андреем Белоусовым в среду.")


@pytest.mark.parametrize(("texts", "together"), [
    ((TALKS, MINISTER), False),  # Putin and Pezeshkian; Pezeshkian and Belousov
    ((TALKS, TALKS_AGAIN), True),  # the same two men, a day apart by another outlet's clock
])
def test_meetings_of_other_people(tmp_path, texts, together):
    sources = merged_sources(tmp_path, list(texts), CONFIG)
    assert sources == ([["r0", "r1"]] if together else [["r0"], ["r1"]])


def test_people_in_a_russian_sentence():
    from chronology.extraction.foreign_people import people_in

    ru = language("ru")
    text = ("Президент России Владимир Путин встретился с главой Минпромторга Денисом "
            "Мантуровым и посетил Северную Корею.")
    # the office and the side before a name, and the organisation, are no part of it; a
    # country written in capitals is no person
    assert people_in(text, ru, lambda words: []) == ("Vladimir Putin", "Denis Manturov")
    # one name in every case
    assert people_in("Встреча с Владимиром Путиным прошла в Кремле.", ru, lambda words: []) == \
        ("Vladimir Putin",)
    # a patronymic stays with the name
    assert people_in("Генерал армии Сергей Кужугетович Шойгу прибыл.", ru, lambda words: []) \
        == ("Serg Kuzhugetovich Shoyg",)
