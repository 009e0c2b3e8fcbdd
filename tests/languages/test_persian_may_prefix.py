"""«می», the month of May as many Iranian services write it ("۱۵ می ۲۰۲۴", "در ماه می"), is
also the prefix of the present and of the past continuous, whose zero-width non-joiner web
text often turns into a space ("دو ماه می گذرد"): read as May with a day, a year, the month
word or «در» before it, never when a verb follows it (invented sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from chronology import dates

SEPTEMBER_20 = dt.date(2024, 9, 20)


def _told(text):
    return [(m.text, m.value) for m in dates.find_mentions(text, SEPTEMBER_20, language="fa")]


@pytest.mark.parametrize(("text", "told"), [
    ("هند و پاکستان در ۱۵ می ۲۰۲۴ توافقنامه آتش‌بس را امضا کردند.", [("۱۵ می ۲۰۲۴", "2024-05-15")]),
    ("رزمایش مشترک دو کشور در ماه می برگزار شد.", [("ماه می", "2024-05")]),
    ("ناوهای دو کشور در می ۲۰۲۳ در بندر کراچی پهلو گرفتند.", [("می ۲۰۲۳", "2023-05")]),
    # a word after the month that only begins as a verb's stem would («روسیه», «ده»)
    ("در ماه می روسیه و چین رزمایش مشترک برگزار کردند.", [("ماه می", "2024-05")]),
    ("در ماه می ده کشور در این رزمایش شرکت کردند.", [("ماه می", "2024-05")]),
])
def test_mi_is_may_with_a_day_a_year_or_the_month_word(text, told):
    assert _told(text) == told


@pytest.mark.parametrize("text", [
    # "two months pass", "reaches 15", "was becoming": the verb's prefix, its ZWNJ a space
    "از آغاز درگیری‌های مرزی دو ماه می گذرد.",
    "شمار کشته‌های درگیری‌ها به ۱۵ می رسد.",
    "از امضای قرارداد یک ماه می شد که محموله تحویل داده شد.",
    "نیروهای کمکی در می رسند.",
    # a name that holds the same letters stays no month
    "او می گوید که قرارداد امضا شده است.",
])
def test_mi_before_a_verb_is_its_prefix_not_may(text):
    assert _told(text) == []
