"""The nth weekday of a month, holidays and their names, days in words, and half years:
what each is, and the near-misses that must stay as they are (invented sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from chronology.dates import find_mentions
from chronology.dates.periods import HOLIDAYS, orthodox_easter


def found(text: str, reference: str) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_mentions(text, dt.date.fromisoformat(reference))]


NTH_WEEKDAYS = [
    # a month that owns a noun ("May's deadline") is not the weekday's month
    ("Zarif warned last Friday of May's deadline for the deliveries.", "2020-03-10",
     [("last Friday", "2020-03-06"), ("May", "2019-05")]),
    ("Lavrov spoke last Tuesday of June's summit.", "2020-03-10",
     [("last Tuesday", "2020-03-03"), ("June", "2019-06")]),
    ("Lavrov warned last Sunday of March 2019's failures.", "2020-03-10",
     [("last Sunday", "2020-03-08"), ("March 2019", "2019-03")]),
    # near-misses: no possessive, the nth weekday of the month stays one date
    ("The parade was held on the last Sunday of July.", "2020-03-10",
     [("the last Sunday of July", "2019-07-28")]),
    ("The vote fell on the second Tuesday of March 2016.", "2020-03-10",
     [("the second Tuesday of March 2016", "2016-03-08")]),
    # a past act is not dated after the reference: "last Friday" when it is in that month
    ("Shoigu spoke last Friday in March about the drones.", "2020-03-10",
     [("last Friday in March", "2020-03-06")]),
    # ... otherwise the month's nth weekday a year before
    ("The talks opened on the last Friday in March.", "2020-03-10",
     [("the last Friday in March", "2019-03-29")]),
    ("The drills began on the first Monday of March.", "2020-03-01",
     [("the first Monday of March", "2019-03-04")]),
    # near-misses: ahead of the reference in the future tense, or already past, it stays
    ("The talks will open on the last Friday in March.", "2020-03-10",
     [("the last Friday in March", "2020-03-27")]),
    ("The drills began on the first Monday of March.", "2020-03-10",
     [("the first Monday of March", "2020-03-02")]),
]


@pytest.mark.parametrize(("text", "reference", "expected"), NTH_WEEKDAYS)
def test_the_nth_weekday_of_a_month(text, reference, expected):
    assert found(text, reference) == expected


HOLIDAY_NAMES = [
    # a name that is also a person's, a field's or a firm's is no date
    ("Production at Iran's Nowruz oil field rose.", "2021-04-01", []),
    ("Norooz Rezaei, an Iranian official, said the talks went well.", "2021-04-01", []),
    ("The Nowruz Agency reported the sale.", "2021-04-01", []),
    ("Output at the Norouz platform fell.", "2021-04-01", []),
    # near-misses: the holiday, with its own nouns or alone
    ("Rouhani gave his Nowruz message to the nation.", "2021-04-01",
     [("Nowruz", "2021-03-21")]),
    ("The Nowruz celebrations drew crowds.", "2021-04-01", [("Nowruz", "2021-03-21")]),
    ("Shoigu will visit Tehran after Nowruz.", "2021-03-01", [("Nowruz", "2021-03-21")]),
    ("After Nowruz Iran will resume the talks.", "2021-03-01", [("Nowruz", "2021-03-21")]),
    ("The talks stalled during the Nowruz period.", "2021-04-01", [("Nowruz", "2021-03-21")]),
    ("Tehran was quiet during Nowruz in 2019.", "2021-04-01",
     [("Nowruz", "2019-03-21"), ("2019", "2019")]),
]


@pytest.mark.parametrize(("text", "reference", "expected"), HOLIDAY_NAMES)
def test_a_holiday_that_is_also_a_name(text, reference, expected):
    assert found(text, reference) == expected


def test_the_holidays_in_progress_are_this_years():
    # during the Nowruz holidays, the holidays that end are this year's, not next year's
    text = "Iran's Nowruz holidays end on April 2, after which Shoigu is due to visit Tehran."
    assert found(text, "2021-04-01") == [("Nowruz", "2021-03-21"), ("April 2", "2021-04-02")]
    # near-miss: the bare holiday ahead, once the day is past, is next year's
    assert found("Shoigu is due to visit Tehran at Nowruz.", "2021-04-01") == [
        ("Nowruz", "2022-03-21")]
    # near-miss: holidays long over are next year's
    assert found("The Nowruz holidays will end on April 2.", "2021-06-01") == [
        ("Nowruz", "2022-03-21"), ("April 2", "2022-04-02")]


OTHER_COUNTRIES_DAYS = [
    # a holiday of the United States' calendar after another country's name or adjective is
    # that country's own day, which the table does not hold: no date rather than a wrong one
    ("Jets flew over Kyiv for Ukraine's Independence Day parade.", "2021-09-01", []),
    ("Tanks rolled through Delhi on India's 75th Independence Day.", "2021-09-01", []),
    ("The Pakistani Independence Day parade was cancelled.", "2021-09-01", []),
    ("The frigate sailed home before Canadian Thanksgiving.", "2021-12-01", []),
    # near-misses: the day alone, or told as the United States'
    ("The frigate sailed home on Independence Day.", "2021-09-01",
     [("Independence Day", "2021-07-04")]),
    ("On Independence Day, the frigate sailed home.", "2021-09-01",
     [("Independence Day", "2021-07-04")]),
    ("The frigate sailed home on U.S. Independence Day.", "2021-09-01",
     [("Independence Day", "2021-07-04")]),
    ("The frigate sailed home on America's Independence Day.", "2021-09-01",
     [("Independence Day", "2021-07-04")]),
    # only a word naming a country blocks the day: an office, a person, a greeting do not
    ("The envoy attended the U.S. Embassy's Independence Day reception in Minsk.", "2026-07-06",
     [("Independence Day", "2026-07-04")]),
    ("The US Embassy Independence Day party drew few guests.", "2026-07-06",
     [("Independence Day", "2026-07-04")]),
    ("President Hale's Independence Day address was short.", "2026-07-06",
     [("Independence Day", "2026-07-04")]),
    ("The White House Independence Day celebration was muted.", "2026-07-06",
     [("Independence Day", "2026-07-04")]),
    ("The Pentagon's Memorial Day ceremony was held.", "2026-07-06",
     [("Memorial Day", "2026-05-25")]),
    ("Happy Independence Day, the minister wrote.", "2026-07-06",
     [("Independence Day", "2026-07-04")]),
]


@pytest.mark.parametrize(("text", "reference", "expected"), OTHER_COUNTRIES_DAYS)
def test_another_countrys_independence_day_is_not_the_fourth_of_july(text, reference, expected):
    assert found(text, reference) == expected


HOLIDAY_ACTS = [
    # what is done at a holiday is at that holiday
    ("The Christmas truce held.", "2020-06-10", [("Christmas", "2019-12-25")]),
    ("Ukraine's Easter truce collapsed.", "2020-06-10", [("Easter", "2020-04-12")]),
    ("The army began an Easter offensive.", "2020-06-10", [("Easter", "2020-04-12")]),
    # the Orthodox days are the Julian calendar's, never the Western ones
    ("Russia declared an Orthodox Easter truce in Ukraine.", "2020-06-10",
     [("Orthodox Easter", "2020-04-19")]),
    ("Moscow proposed an Orthodox Christmas ceasefire.", "2023-01-10",
     [("Orthodox Christmas", "2023-01-07")]),
    # a year written after the thing named is its holiday's year
    ("The Christmas offensive in 2014 killed hundreds.", "2020-06-10",
     [("Christmas", "2014-12-25"), ("2014", "2014")]),
    # near-misses: proper names stay no date
    ("The Good Friday Agreement ended the conflict.", "2020-06-10", []),
    ("The frigate called at Christmas Island.", "2020-06-10", []),
]


@pytest.mark.parametrize(("text", "reference", "expected"), HOLIDAY_ACTS)
def test_a_holiday_act_is_at_the_holiday(text, reference, expected):
    assert found(text, reference) == expected


@pytest.mark.parametrize(("year", "day"), [(2020, "2020-04-19"), (2021, "2021-05-02"),
                                           (2023, "2023-04-16"), (2024, "2024-05-05")])
def test_orthodox_easter(year, day):
    assert orthodox_easter(year).isoformat() == day
    assert HOLIDAYS["orthodox easter"](year) == orthodox_easter(year) != HOLIDAYS["easter"](year)


ORDINAL_ADVERBS = [
    ("Russia delivered radars in March first, then the missiles in May.", "2020-06-10",
     [("March", "2020-03"), ("May", "2020-05")]),
    ("Iran's navy, which ranked May second in the survey, disagreed.", "2020-06-10", []),
    ("Iran rated June third among the months of sales.", "2020-06-10", [("June", "2020-06")]),
    # near-miss: an order placed on a day in words
    ("The order was placed March first in Moscow.", "2020-06-10", [("March first", "2020-03-01")]),
    # near-misses: a day told "on", or at the end of a phrase, is a day
    ("The talks opened on March first in Moscow.", "2020-06-10", [("March first", "2020-03-01")]),
    ("The deal was signed on Sunday, March eighth, in Tehran.", "2020-06-10",
     [("Sunday, March eighth", "2020-03-08")]),
]


@pytest.mark.parametrize(("text", "reference", "expected"), ORDINAL_ADVERBS)
def test_an_ordinal_after_a_month_as_an_adverb(text, reference, expected):
    assert found(text, reference) == expected


HALF_YEARS = [
    # counted from a year, a year and a half later is a year: no month is invented
    ("The deal was signed in 2016. A year and a half later, the jets arrived.", "2020-06-10",
     [("2016", "2016"), ("A year and a half later", "2017")]),
    ("The deal was signed in 2016. Two and a half years later, the jets arrived.", "2020-06-10",
     [("2016", "2016"), ("Two and a half years later", "2018")]),
    # near-misses: from a month, or from the reference day, the month is known
    ("The deal was signed in March 2016. A year and a half later, the jets arrived.",
     "2020-06-10", [("March 2016", "2016-03"), ("A year and a half later", "2017-09")]),
    ("The jets arrived a year and a half ago.", "2020-06-10",
     [("a year and a half ago", "2018-12")]),
    ("The deal was signed in 2016. Six months later, the jets arrived.", "2020-06-10",
     [("2016", "2016"), ("Six months later", "2016")]),
]


@pytest.mark.parametrize(("text", "reference", "expected"), HALF_YEARS)
def test_a_year_and_a_half_from_a_year(text, reference, expected):
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia delivered the first battery on the first Monday of May's holiday week.",
     [("the first Monday of May", "2023-05-01")]),
    ("The first jets landed in Hamadan on March second, then flew on to Isfahan.",
     [("March second", "2024-03-02")]),
])
def test_an_nth_weekday_of_a_possessive_month_and_an_ordinal_day_on_then(text, expected):
    import datetime as dt

    from chronology.dates import find_mentions
    got = [(m.text, m.value) for m in find_mentions(text, dt.date(2024, 3, 5))]
    assert got == expected


def test_a_year_and_a_half_from_now_counts_from_the_day_of_writing():
    text = ("Russia delivered trainers in September 2023. A year and a half from now, Iran "
            "expects to field them.")
    assert [m.value for m in find_mentions(text, dt.date(2024, 6, 10))] == ["2023-09", "2025-12"]
