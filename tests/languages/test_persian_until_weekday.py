"""A Persian weekday after «تا» ("until") in a clause told in the present is the end of a
stretch still going on, ahead of the day of writing; told in the past it is behind (helper
engine19, issue 14; invented sentences in the style of the agencies)."""

from __future__ import annotations

import datetime as dt

import pytest

from chronology import dates

_THURSDAY = dt.date(2023, 10, 12)


@pytest.mark.parametrize(("sentence", "day"), [
    ("نمایشگاه صنایع دفاعی تا یکشنبه ادامه می‌یابد.", "2023-10-15"),
    ("این رزمایش دریایی تا یکشنبه در دریای عمان برگزار می‌شود.", "2023-10-15"),
    # a past verb keeps it behind
    ("بازداشت‌شدگان تا یکشنبه در بازداشت ماندند.", "2023-10-08"),
])
def test_a_weekday_after_until_in_the_present_lies_ahead(sentence, day):
    found = {m.text: m.value for m in dates.find_mentions(sentence, _THURSDAY, language="fa")}
    assert found["یکشنبه"] == day, found


@pytest.mark.parametrize(("sentence", "start", "end"), [
    # the end of a range from a weekday is read as its start is, not moved on alone
    ("رزمایش دریایی از شنبه تا دوشنبه در دریای خزر برگزار می‌شود.", "2023-10-07", "2023-10-09"),
    ("این نمایشگاه از سه‌شنبه تا پنجشنبه برگزار می‌شود.", "2023-10-10", "2023-10-12"),
])
def test_a_weekday_range_from_one_day_to_another_is_read_together(sentence, start, end):
    found = [m.value for m in dates.find_mentions(sentence, _THURSDAY, language="fa")]
    assert found == [start, end], found
