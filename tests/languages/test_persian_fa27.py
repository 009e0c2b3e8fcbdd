"""Persian rules of helper fa27 (issue 11), tested on invented sentences in the style of the
agencies, with near misses that must stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from chronology.dates.lexical_resolve import find_mentions

from .persian_story import LEAD
from .persian_story import dated_countries as _events
from .persian_story import round_story as _story
from .persian_story import story as _story_on

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


# --- a year after the year of writing, reached by «تا» (by), is a deadline -----------------

def test_a_later_year_after_a_bound_in_a_sentence_of_a_past_act_dates_nothing(tmp_path):
    # the minister explained in the past; the year is the deadline of the plan he spoke of
    text = _story(LEAD, "معاون وزیر دفاع روسیه در مصاحبه‌ای درباره برنامه ساخت ناوچه برای ایران "
                        "تا سال ۲۰۲۷ توضیح داد.")
    told, why = _events(tmp_path, "later", text)
    assert not any(d == "2027" for d, _ in told), why


@pytest.mark.parametrize(("sentence", "year"), [
    ("روسیه در سال ۲۰۲۳ جنگنده‌هایی به ایران تحویل داد.", "2023"),
    # a later year with no bound is still the act's, as the text has it
    ("روسیه در سال ۲۰۲۷ ناوچه‌ای به ایران تحویل داد.", "2027"),
])
def test_a_year_with_no_bound_still_dates_the_act(tmp_path, sentence, year):
    told, why = _events(tmp_path, "earlier", _story(LEAD, sentence))
    assert any(d == year for d, _ in told), why


# --- a news outlet telling a plan: no act of the sides (fa.OUTLET_TELLS) ---------------------

@pytest.mark.parametrize("sentence", [
    "خبرگزاری تاس گزارش داد که وزیر دفاع روسیه امروز قرار است با همتای ایرانی خود در تهران "
    "دیدار کند.",
    "برخی از رسانه‌های منطقه نوشتند که فرماندهان نیروی دریایی ایران و روسیه امروز "
    "در بندرعباس گفتگو خواهند کرد.",
])
def test_an_outlet_telling_a_plan_gives_no_event(tmp_path, sentence):
    told, why = _events(tmp_path, "outlet-plan", _story(LEAD, sentence))
    assert [d for d, _ in told] == ["2024-11-29"], why  # the lead alone


def test_an_outlet_telling_a_done_act_still_dates_it(tmp_path):
    sentence = ("خبرگزاری تاس گزارش داد که وزیر دفاع روسیه روز سه‌شنبه با همتای ایرانی خود در "
                "تهران دیدار کرد.")
    told, why = _events(tmp_path, "outlet-act", _story(LEAD, sentence))
    assert "2024-11-26" in [d for d, _ in told], why


# --- with no day of writing, a year in a future clause is still a plan's time ----------------

def test_a_year_told_in_the_future_dates_nothing_without_a_reference(tmp_path):
    text = _story_on("وزیر دفاع روسیه در دیدار با همتای ایرانی خود گفت که همکاری نظامی دو کشور در "
                  "سال ۲۰۲۶ گسترش خواهد یافت.", published=None)
    told, why = _events(tmp_path, "plan-year", text)
    assert not any(d == "2026" for d, _ in told), why


def test_a_year_of_a_done_act_still_dates_it_without_a_reference(tmp_path):
    text = _story_on("نیروهای دریایی ایران و روسیه در سال ۲۰۲۱ رزمایش مشترکی در دریای خزر برگزار "
                  "کردند.", published=None)
    told, why = _events(tmp_path, "done-year", text)
    assert any(d == "2021" for d, _ in told), why


# --- an agency's full name alone and a dash is a dateline (fa.DATELINE) -----------------------

SAID = "سخنگوی وزارت دفاع روسیه گفت که همکاری نظامی روسیه و ایران رو به گسترش است."


def test_an_agency_alone_before_a_dash_is_a_dateline(tmp_path):
    told, why = _events(tmp_path, "agency-dash", _story(f"خبرگزاری پارس- {SAID}"))
    assert [d for d, _ in told] == ["2024-11-29"], why
    assert any("dateline-lead" in line for line in why), why


@pytest.mark.parametrize("opening", ["خبرگزاری پارس: ", ""])
def test_an_agency_before_a_colon_or_none_is_no_dateline(tmp_path, opening):
    told, why = _events(tmp_path, "agency-colon", _story(f"{opening}{SAID}"))
    assert told == [], why
