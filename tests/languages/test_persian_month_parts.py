"""A Persian ordinal word before a month that counts the month's parts or other things, not
its days (issue 11, review K): "هفته دوم اکتبر" is the second week of October, as English
reads "the second week of October"; "مرحله اول مهر ماه" the first stage, in Mehr."""

from __future__ import annotations

import datetime as dt

import pytest

from chronology import dates

from . import persian_story

SUNDAY = dt.date(2025, 10, 19)
SATURDAY = dt.date(2025, 8, 30)


def _told(text, reference, language="fa"):
    return [(m.text, m.value) for m in dates.find_mentions(text, reference, language=language)]


@pytest.mark.parametrize(("text", "reference", "told"), [
    # a week of the month: the ISO week of its middle day, as in English
    ("جنگنده‌های پاکستانی در هفته دوم اکتبر مواضع طالبان را بمباران کردند.", SUNDAY,
     [("هفته دوم اکتبر", "2025-W41")]),
    ("در هفته سوم اکتبر هیئت روسی به تهران سفر کرد.", SUNDAY, [("هفته سوم اکتبر", "2025-W42")]),
    ("هیئت ایرانی در هفته اول مهر ۱۴۰۴ به مسکو سفر کرد.", SUNDAY,
     [("هفته اول مهر ۱۴۰۴", "2025-W39")]),     # Mehr 1-7 1404: 23-29 September
    # a half or a decade: the Gregorian month of its middle day
    ("جنگنده‌های پاکستانی در نیمه اول اسد مواضع طالبان را بمباران کردند.", SATURDAY,
     [("نیمه اول اسد", "2025-07")]),            # Asad 1-15 1404: 23 July - 6 August
    ("رزمایش مشترک در دهه سوم مهر ۱۴۰۴ برگزار شد.", SUNDAY, [("دهه سوم مهر ۱۴۰۴", "2025-10")]),
    ("رزمایش در نیمه دوم اکتبر سال گذشته برگزار شد.", SUNDAY,
     [("نیمه دوم اکتبر سال گذشته", "2024-10")]),
    # another thing counted: the month alone
    ("مرحله اول مهر ماه آغاز شد.", SUNDAY, [("مهر ماه", "2025-10")]),
    ("در روزهای اول اکتبر مرز بسته شد.", SUNDAY, [("اکتبر", "2025-10")]),
    # no such part: no day either
    ("در هفته ششم اکتبر مرز بسته شد.", SUNDAY, []),
])
def test_an_ordinal_after_a_counted_unit_is_no_day(text, reference, told):
    assert _told(text, reference) == told


def test_a_week_of_a_month_is_the_week_english_reads():
    english = _told("Pakistani jets bombed Taliban positions in the second week of October.",
                    SUNDAY, "en")
    persian = _told("جنگنده‌های پاکستانی در هفته دوم اکتبر مواضع طالبان را بمباران کردند.", SUNDAY)
    assert [value for _, value in persian] == [value for _, value in english] == ["2025-W41"]


@pytest.mark.parametrize(("text", "reference", "told"), [
    ("منابع محلی گفتند که شامگاه دیروز، هفتم سنبله، مرزبانان دو طرف درگیر شدند.", SATURDAY,
     ("هفتم سنبله", "2025-08-29")),
    ("رزمایش دریایی در بیست و سوم اکتبر پایان یافت.", SUNDAY, ("بیست و سوم اکتبر", "2025-10-23")),
    ("رزمایش دریایی در بیست‌وسوم مهر پایان یافت.", SUNDAY, ("بیست\u200cوسوم مهر", "2025-10-15")),
    ("هفته گذشته، در دوم اکتبر، دو طرف دیدار کردند.", SUNDAY, ("دوم اکتبر", "2025-10-02")),
])
def test_an_ordinal_day_before_its_month_is_still_a_day(text, reference, told):
    assert told in _told(text, reference)


def test_a_week_of_a_month_dates_its_act_as_that_month(tmp_path):
    text = persian_story.story(
        "ناوهای ایران و روسیه در هفته دوم اکتبر رزمایش مشترک را در دریای خزر برگزار کردند.",
        published="2025-10-19")
    (event,) = persian_story.analyse(tmp_path, "week", text).candidates
    assert event.date == "2025-10", event  # not the 2nd of October
