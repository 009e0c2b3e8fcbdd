"""Persian rules of helper fa27 (issue 11), tested on invented sentences in the style of the
agencies, with near misses that must stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from chronology.dates.lexical_resolve import find_mentions

REFERENCE = date(2024, 11, 29)


def _dates(text):
    return [(m.text, m.value, m.end_value) for m in find_mentions(text, REFERENCE, "fa")]


# --- ranges: «الی» between the ends, «بین … و …» around them (fa.RANGE_TO, RANGE_BETWEEN) ---

@pytest.mark.parametrize("words", ["از ۱۰ الی ۱۵ اکتبر", "بین ۱۰ و ۱۵ اکتبر", "میان ۱۰ و ۱۵ اکتبر",
                                   "از ۱۰ تا ۱۵ اکتبر"])
def test_a_range_of_days_is_one_span(words):
    found = _dates(f"رزمایش مشترک دو کشور {words} برگزار شد.")
    assert [(value, end) for _, value, end in found] == [("2024-10-10", "2024-10-15")], found


def test_a_range_of_solar_days_with_ela():
    found = _dates("رزمایش مشترک دو کشور ۱۰ الی ۱۵ مهر برگزار شد.")
    assert [(value, end) for _, value, end in found] == [("2024-10-01", "2024-10-06")], found


def test_a_range_of_years_with_ela():
    found = _dates("قرارداد ساخت ناوچه‌ها در سال‌های ۲۰۱۰ الی ۲۰۱۴ اجرا شد.")
    assert [(value, end) for _, value, end in found] == [("2010", "2014")], found


def test_two_days_in_a_row_are_a_range_two_apart_are_two_days():
    assert [(v, e) for _, v, e in _dates("دو کشور ۲ و ۳ اکتبر رزمایش برگزار کردند.")] == [
        ("2024-10-02", "2024-10-03")]
    assert [v for _, v, _ in _dates("دو کشور ۲ و ۹ اکتبر رزمایش برگزار کردند.")] == [
        "2024-10-02", "2024-10-09"]


def test_a_range_of_counts_is_no_date():
    assert _dates("در این رزمایش ۳۰ الی ۴۰ فروند بالگرد شرکت داشتند.") == []


def test_two_months_share_the_year_written_after_the_second():
    found = _dates("رزمایش در ماه‌های اوت و سپتامبر ۲۰۲۳ برگزار شد.")
    assert [v for _, v, _ in found] == ["2023-08", "2023-09"], found
