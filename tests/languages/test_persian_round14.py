"""Persian rules of the fourteenth round on real Persian sources (issue 11): each from an
error of the new real dev articles fa131–fa150, tested on invented sentences in the style of
the agencies (Afghan services, IRNA, YJC), with near misses that must stay as they were."""

from __future__ import annotations

import datetime as dt

import pytest

from chronology import dates

from . import persian_story

_analyse = persian_story.analyse
SATURDAY = dt.date(2025, 8, 30)
MONDAY = dt.date(2021, 10, 25)


def _told(text, reference):
    return [(m.text, m.value) for m in dates.find_mentions(text, reference, language="fa")]


# --- a day of the month written as an ordinal word before its month ------------------------------

@pytest.mark.parametrize(("text", "reference", "told"), [
    # Dari month names, the Solar year taken from the day of writing
    ("منابع محلی گفتند که شامگاه دیروز، هفتم سنبله، مرزبانان دو طرف درگیر شدند.", SATURDAY,
     ("هفتم سنبله", "2025-08-29")),
    ("مقام‌های محلی گفتند که در بیست و ششم اسد راکت‌باری ادامه داشت.", SATURDAY,
     ("بیست و ششم اسد", "2025-08-17")),
    # Iranian month names with their year, and a Gregorian month
    ("سند همکاری در اول آبان ۱۴۰۰ امضا شد.", MONDAY, ("اول آبان ۱۴۰۰", "2021-10-23")),
    ("رزمایش دریایی در بیست و سوم اکتبر پایان یافت.", MONDAY, ("بیست و سوم اکتبر", "2021-10-23")),
    ("وزیران در سی و یکم شهریور دیدار کردند.", MONDAY, ("سی و یکم شهریور", "2021-09-22")),
])
def test_an_ordinal_day_before_its_month_is_a_date(text, reference, told):
    assert told in _told(text, reference)


@pytest.mark.parametrize("text", [
    "این دومین رزمایش مشترک دو کشور پس از جنگ جهانی دوم است.",   # an ordinal with no month
    "در روز هفتم رزمایش، ناوها به بندر بازگشتند.",                   # a day counted, no month
    "دوم آنکه دو طرف بر همکاری تاکید کردند.",                        # "secondly"
])
def test_an_ordinal_without_a_month_dates_nothing(text):
    assert _told(text, SATURDAY) == []


# --- «روز» glued to its weekday is the weekday ---------------------------------------------------

@pytest.mark.parametrize(("text", "told"), [
    ("منابع محلی گفتند که شامگاه روزجمعه درگیری مسلحانه رخ داده است.", ("روزجمعه", "2025-08-29")),
    ("سخنگوی وزارت دفاع روزیکشنبه گفت که حملات ادامه دارد.", ("روزیکشنبه", "2025-08-24")),
    ("نیروهای مرزی روزسه‌شنبه درگیر شدند.", ("روزسه‌شنبه", "2025-08-26")),
])
def test_a_weekday_glued_to_the_day_word_is_the_weekday(text, told):
    assert _told(text, SATURDAY) == [told]


def test_a_word_only_ending_in_a_weekday_is_none():
    assert _told("روزنامه‌نگاران درباره این حمله پرسیدند.", SATURDAY) == []


# --- «جمعه», Friday, is also a man's given name ------------------------------------------------

@pytest.mark.parametrize("text", [
    "ژنرال جمعه گل همت، فرمانده پولیس کنر گفت که حملات ادامه دارد.",
    "حاجی جمعه، از بزرگان قومی، گفت که مردم خانه‌های خود را ترک کرده‌اند.",
    "آقای جمعه خان، باشنده محل، گفت که سه خانه ویران شده است.",
    "ملا جمعه گل، فرمانده محلی طالبان، گفت که حملات ادامه دارد.",
])
def test_friday_as_a_mans_name_dates_nothing(text):
    assert _told(text, SATURDAY) == []


@pytest.mark.parametrize("text", [
    "نیروهای مرزی روز جمعه درگیر شدند.",
    "روز جمعه گل‌فروشان بازار را بستند.",            # after «روز»: the day, whatever follows
    "نیروهای مرزی جمعه گذشته درگیر شدند.",
    "فرمانده پولیس جمعه گفت که حملات ادامه دارد.",    # an office, no rank: the day
    # «گل», «خان» after it start a name or a place as often as a man's (review K): the day
    "نیروهای پاکستانی جمعه گل آغا را در تورخم بازداشت کردند.",
    "جنگنده‌های پاکستانی جمعه خان شیخون را بمباران کردند.",
    "نیروهای مرزی پاکستان جمعه خان آباد را هدف قرار دادند.",
])
def test_friday_is_still_a_day(text):
    assert ("2025-08-29" in [value for _, value in _told(text, SATURDAY)])


# --- the story: the day told by the weekday and its date, not by the man's name --------------------

def test_a_commanders_name_does_not_date_the_act_he_reports(tmp_path):
    text = persian_story.story(
        "ژنرال جمعه گل همت، فرمانده نیروی دریایی گفته است که ناوهای ایران و روسیه روز یکشنبه"
        "( ۱۲ آذر) رزمایش مشترک را در دریای خزر آغاز کرده اند.", published="2017-12-05")
    (event,) = _analyse(tmp_path, "name", text).candidates
    assert event.date == "2017-12-03", event


def test_an_ordinal_date_after_a_glued_weekday_dates_the_lead(tmp_path):
    text = persian_story.story(
        "خبرگزاری ایرنا: منابع نظامی تأیید کرده‌اند که شامگاه روزدوشنبه، هفتم مهر، ناوهای ایران "
        "و روسیه رزمایش مشترک را در دریای خزر آغاز کرده‌اند.", published="2025-10-02")
    (event,) = _analyse(tmp_path, "ordinal", text).candidates
    assert event.date == "2025-09-29", event  # Monday 7 Mehr 1404, not the day of writing
