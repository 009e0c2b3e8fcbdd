"""Words and numbers that only look like dates (dateparser's traps) give no mention."""

from __future__ import annotations

import datetime as dt

import pytest
from datecases import mention_texts

from chronology.dates import find_mentions

NOT_DATES = [
    "We are cooperating with the armed forces of Russia.",
    "Iran may buy more fighter jets.",
    "May I ask a question?",
    "Protesters march on the embassy.",
    "Thousands will march through the capital.",
    "Russia has lost up to $13 billion in arms contracts.",
    "Based on UN Security Council Resolution 2231, the embargo was lifted.",
    "Resolution 1929 imposed new sanctions.",
    "The 3+3 format can peacefully solve problems.",
    "Military exercise involving S-300 surface-to-air missile systems.",
    "The Su-35 and MiG-29 jets were shown.",
    "The minister is visiting Iran for the first time in 15 years.",
    "The plant will be finished in 15 years.",
    "About 2000 troops took part.",
    "Some 1500 people attended.",
    "Flight 1776 landed safely.",
    "The company sold 1,999 units.",
    "He paid $2015 for the ticket.",
    "Prices fall when supply grows.",
    "They will spring into action.",
    "He is a former minister.",
    "Jan Kowalski said so.",
    "The talks lasted for hours.",
    "Article 2016 of the code applies.",
    "Unit 2019 was deployed.",
    "Shops opened early on Black Friday.",
    "Candidates campaigned before Super Tuesday.",
    "The Sunday Times reported the deal.",
    "Prime Minister May met the Iranian envoy.",
    "The exercises came three weeks after Washington announced sanctions.",
    "The ceasefire took effect at 1800 GMT.",
    "Iran has some 1600 missiles.",
    "Boeing 737 jets were grounded.",
    "The road is 2000 km long.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_no_mention(text):
    assert mention_texts(text) == []


SPANS = [
    ("Russia and Iran signed on Tuesday an agreement.", ["Tuesday"]),
    ("In 15 years, the deal signed in 2015 will expire.", ["2015"]),
    ("Iran may buy jets in May.", ["May"]),
    ("In January, 22 people died.", ["January"]),
    ("We met in March and will march in April.", ["March", "April"]),
    ("Resolution 2231 was adopted in July 2015.", ["July 2015"]),
    ("The Iran-Iraq war of 1980-88 killed many.", ["1980-88"]),
    ("Pages 2014-2016 of the report.", []),
]


@pytest.mark.parametrize(("text", "expected"), SPANS)
def test_only_the_real_dates(text, expected):
    assert mention_texts(text) == expected


def test_a_newspaper_called_today_is_not_a_date():
    from chronology.dates import find_mentions
    text = "Officials told India Today that the jets would land. The jets land today."
    found = [m.text for m in find_mentions(text, __import__("datetime").date(2020, 7, 29))]
    assert found == ["today"]


@pytest.mark.parametrize(("text", "expected"), [
    ("This is ABC World News Tonight with Peter Jennings.", []),
    ("He appeared on The Tonight Show last week.", ["last week"]),
    ("He spoke on NBC's Today show.", []),
    ("Good evening. We begin tonight with the crisis in Iraq.", ["tonight"]),
])
def test_a_programme_called_today_or_tonight_is_not_a_date(text, expected):
    assert mention_texts(text) == expected


@pytest.mark.parametrize("text", [
    "The Friday prayer leader of Tehran said the talks had failed.",
    "Tehran's interim Friday prayers leader warned Washington.",
    "A Sunday newspaper said the deal was close.",
    "She taught Sunday school in Qom.",
])
def test_a_weekday_in_a_title_or_a_kind_is_no_date(text):
    assert find_mentions(text, dt.date(2015, 1, 22)) == []


@pytest.mark.parametrize(("text", "value"), [
    ("He spoke at Friday prayers in Tehran.", "2015-01-16"),
    ("In his Friday sermon, he praised the navy.", "2015-01-16"),
    ("The Monday meeting was cancelled.", "2015-01-19"),
])
def test_a_weekday_before_an_occasion_is_that_day(text, value):
    assert [m.value for m in find_mentions(text, dt.date(2015, 1, 22))] == [value]


@pytest.mark.parametrize("text", [
    "The Good Friday Agreement ended the conflict.",
    "The Boxing Day tsunami struck the coast.",
    "The frigate called at Christmas Island.",
    "The Easter Rising was put down.",
])
def test_a_holiday_naming_something_else_is_no_date(text):
    assert find_mentions(text, dt.date(2015, 1, 22)) == []


@pytest.mark.parametrize("text", [
    "Shares closed at 1998 yen, down 12.",  # a price, not a year
    "The stock ended at 1995 pesos.",
    "The bond traded at 2005 francs.",
])
def test_a_number_before_a_currency_is_a_price(text):
    assert [m.text for m in find_mentions(text, dt.date(1998, 10, 14))] == []
