"""Round ru31: Russian seasons told alone as the time of an act (invented sentences).

A Russian report dates an act by a bare season in the instrumental ("весной", "летом",
"осенью"), most often in a quoted official's words: the latest such season for a past act, the
next one for a plan, as a month told without its year; the event takes that season's year. A
winter spans two years and stays undated; with its year ("летом 2023 года") the year dates."""

from __future__ import annotations

import datetime as dt

import pytest

from chronology.dates.lexical_resolve import find_mentions

from .russian_story import candidates as _candidates

REF = dt.date(2024, 8, 18)


def _values(text: str, ref: dt.date = REF) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_mentions(text, ref, "ru")]


@pytest.mark.parametrize("text, value", [
    ("Весной армия получила новую партию вертолетов.", "2024"),
    ("Летом флот провел учения у побережья.", "2024"),
    # a past autumn, told in August: the autumn of the year before
    ("Осенью стороны подписали соглашение.", "2023"),
    # a plan: the next such season
    ("Осенью начнутся поставки самолетов.", "2024"),
    ("Весной стороны проведут новые учения.", "2025"),
])
def test_a_season_told_alone_dates_by_the_tense(text, value):
    """The season's year, found as the engine finds a season's (``season_period``)."""
    assert _values(text) == [(text.split()[0], value)]


@pytest.mark.parametrize("text, wanted", [
    # the year after the season dates; the season is no date of its own
    ("Летом 2023 года флот провел учения.", [("2023 года", "2023")]),
    ("Весной прошлого года армия получила вертолеты.", [("прошлого года", "2023")]),
    # a season counted from today stays the relative phrase it was
    ("Прошлой осенью стороны подписали соглашение.", [("Прошлой осенью", "2023")]),
    # a winter spans two years: no date
    ("Зимой армия получила вертолеты.", []),
    # two seasons and one year written after the second: both of that year, as two months
    ("Летом и осенью 2021 года флот провел учения.", [("Летом", "2021"), ("2021 года", "2021")]),
    ("Весной–летом 2021 года армия получила вертолеты.", [("Весной", "2021"), ("2021 года", "2021")]),
])
def test_a_season_with_its_year_or_a_winter(text, wanted):
    assert _values(text) == wanted


def test_a_season_in_a_clause_of_its_own_keeps_its_tense():
    """The month of the statement is past, the season of the plan it tells ahead."""
    text = "В ноябре депутат заявил, что поставки ожидаются весной."
    assert _values(text, dt.date(2015, 1, 22)) == [("ноябре", "2014-11"), ("весной", "2015")]


def test_a_quoted_spring_delivery_is_dated_to_its_year(tmp_path):
    story = ("Россия и Иран 20 сентября начали совместные учения в Каспийском море, сообщил "
             "командующий флотилией.\n\n«Весной Иран получил от России партию учебных "
             "самолетов», — сказал он.")
    result = _candidates(tmp_path, story)
    assert "2017" in [c.date for c in result.candidates], result.explain
