"""Persian rules of the sixteenth round (issue 11): causes of errors on the new real dev
articles fa176–fa193 and the review's known cause («ماه جاری» / «سال جاری»), each tested on
invented sentences in the style of the Iranian and Afghan agencies, with near misses that must
stay as they were."""

from __future__ import annotations

import datetime as dt

import pytest

from chronology import dates

ABAN_3 = dt.date(2024, 10, 25)  # 3 Aban 1403: Aban runs 22 October to 20 November 2024
BAHMAN_13 = dt.date(2025, 2, 1)  # 13 Bahman 1403: the Solar year 1403 began on 20 March 2024


def _told(text, reference):
    return [(m.text, m.value) for m in dates.find_mentions(text, reference, language="fa")]


# --- «ماه جاری» / «سال جاری»: the Solar month and year of the day of writing -------------------

def test_the_current_month_is_the_solar_month_of_the_day_of_writing():
    (mention,) = dates.find_mentions("وزیر دفاع در ماه جاری به مسکو سفر خواهد کرد.", ABAN_3,
                                     language="fa")
    # a visit ahead: most of Aban lies in November, though the day of writing is in October
    # (a past visit lies before the day of writing: test_persian_fixp1)
    assert (mention.text, mention.value, mention.approximate) == ("ماه جاری", "2024-11", True)


def test_the_current_year_is_the_solar_year_of_the_day_of_writing():
    (mention,) = dates.find_mentions("این دومین رزمایش مشترک دو کشور در سال جاری است.",
                                     BAHMAN_13, language="fa")
    # the Solar year 1403, not the Gregorian year 2025 of the day of writing
    assert (mention.text, mention.value, mention.approximate) == ("سال جاری", "2024", True)


@pytest.mark.parametrize(("text", "told"), [
    # a Gregorian word after it names the Gregorian year
    ("قرارداد در سال جاری میلادی امضا شد.", [("سال جاری", "2025")]),
    # a Gregorian month with it is of the Gregorian year, as it was
    ("قرارداد در سپتامبر سال جاری امضا خواهد شد.", [("سپتامبر سال جاری", "2025-09")]),
    # a Solar day with it was already of the Solar year
    ("این دیدار در ۲۵ دی ماه سال جاری انجام شد.", [("۲۵ دی ماه سال جاری", "2025-01-14")]),
])
def test_a_gregorian_word_or_a_month_with_the_current_year_stays(text, told):
    assert _told(text, BAHMAN_13) == told


# --- a month without its year in a clause told in the present lies ahead -------------------------

JULY_29 = dt.date(2021, 7, 29)  # 7 Mordad 1400


@pytest.mark.parametrize(("text", "told"), [
    # the plan the ministry announced, told in the present after a comma
    ("وزارت دفاع روسیه اعلام کرد چندین رزمایش مشترک میان چین و روسیه، اواسط اوت در چین برگزار "
     "می‌شود.", [("اواسط اوت", "2021-08")]),
    # a Solar month: Mehr 1400 (September–October 2021), not Mehr 1399
    ("رزمایش مشترک دو کشور در مهر ماه در دریای خزر برگزار می‌شود.", [("مهر ماه", "2021-10")]),
])
def test_a_month_in_a_present_clause_lies_ahead(text, told):
    assert _told(text, JULY_29) == told


@pytest.mark.parametrize(("text", "told"), [
    # the past continuous is a past
    ("این رزمایش‌ها تا پیش از همه‌گیری در ماه مه در چین برگزار می‌شد.", [("ماه مه", "2021-05")]),
    # a past verb in the clause
    ("وزیر دفاع چین در ماه مه به مسکو سفر کرد.", [("ماه مه", "2021-05")]),
    # a weekday before a present verb of saying is a day gone by
    ("سخنگوی وزارت دفاع روز دوشنبه می‌گوید رزمایش ادامه دارد.", [("دوشنبه", "2021-07-26")]),
])
def test_a_past_clause_or_a_weekday_still_looks_back(text, told):
    assert _told(text, JULY_29) == told


# --- a month's name that is also a part of a name is a month only with a day, year or part -------

JULY_19 = dt.date(2024, 7, 19)


def test_a_month_name_inside_a_persons_name_is_no_date():
    text = "کیم جون اون، رهبر کوریای شمالی، در دیدار با مقام‌های دفاعی روسیه بر همکاری نظامی تاکید کرد."
    assert _told(text, JULY_19) == []


@pytest.mark.parametrize(("text", "told"), [
    ("پیمان دفاعی در ۱۹ جون در پیونگ‌یانگ امضا شد.", [("۱۹ جون", "2024-06-19")]),
    ("پوتین در ماه جون به پیونگ‌یانگ سفر کرد.", [("ماه جون", "2024-06")]),
    ("قرارداد در جون ۲۰۲۳ امضا شد.", [("جون ۲۰۲۳", "2023-06")]),
    ("رزمایش اواخر جون برگزار شد.", [("اواخر جون", "2024-06")]),
    ("پیمان در ژوئن امضا شد.", [("ژوئن", "2024-06")]),  # the Iranian spelling is no word
])
def test_the_same_name_with_a_day_a_year_a_part_or_the_month_word_is_a_month(text, told):
    assert _told(text, JULY_19) == told


# --- a purpose clause after the lead's main verb leaves the act the day's news -------------------

def test_a_lead_whose_past_act_a_purpose_clause_follows_is_the_days_news(tmp_path):
    from . import persian_story
    lead = ("به گزارش ایرنا، روسیه هیاتی نظامی را به تهران فرستاده است تا همکاری دفاعی دو کشور "
            "را گسترش دهد.")
    result = persian_story.analyse(tmp_path, "purpose",
                                   persian_story.story(lead, published="2018-04-03"))
    (event,) = result.candidates
    assert event.date == "2018-04-03"
    assert any("lead convention" in line for line in result.explain), result.explain


def test_a_lead_that_only_plans_with_a_purpose_clause_stays_undated(tmp_path):
    from . import persian_story
    lead = ("به گزارش ایرنا، قرار است روسیه هیاتی نظامی را به تهران بفرستد تا همکاری دفاعی دو "
            "کشور را گسترش دهد.")
    result = persian_story.analyse(tmp_path, "plan",
                                   persian_story.story(lead, published="2018-04-03"))
    assert result.candidates == []


@pytest.mark.parametrize(("text", "told"), [
    # a bound opens a span from then up to now: the month is behind
    ("از ماه مارس تاکنون نیروهای روسی در این منطقه گشت‌زنی می‌کنند.", [("ماه مارس", "2021-03")]),
    # what someone says, in the present of saying, is no plan
    ("وزیر دفاع در ماه مارس می‌گوید که همکاری دو کشور ادامه دارد.", [("ماه مارس", "2021-03")]),
])
def test_a_bound_or_a_present_of_saying_keeps_the_month_behind(text, told):
    assert _told(text, JULY_29) == told


@pytest.mark.parametrize(("text", "told"), [
    # the end of the Solar year 1403 lies in February–March 2025, its start in spring 2024
    ("این قرارداد اواخر سال جاری امضا می‌شود.", [("اواخر سال جاری", "2025-02")]),
    ("این قرارداد اوایل سال جاری امضا شد.", [("اوایل سال جاری", "2024-05")]),
    # with «میلادی», the Gregorian year
    ("این قرارداد اواخر سال جاری میلادی امضا می‌شود.", [("اواخر سال جاری", "2025")]),
])
def test_a_part_of_the_current_year_is_a_part_of_the_solar_year(text, told):
    assert _told(text, BAHMAN_13) == told
