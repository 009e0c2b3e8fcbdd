"""Persian defects a review found in the rules of the sixteenth and seventeenth rounds (issue
11), each tested on invented sentences in the style of the Iranian agencies, with near misses
that must stay as they were."""

from __future__ import annotations

import datetime as dt

import pytest

from chronology import dates

ORDIBEHESHT_5 = dt.date(2023, 4, 25)  # 5 Ordibehesht 1402: Ordibehesht runs 21 April to 21 May
ABAN_3 = dt.date(2024, 10, 25)  # 3 Aban 1403: Aban runs 22 October to 20 November 2024


def _told(text, reference):
    return [(m.text, m.value) for m in dates.find_mentions(text, reference, language="fa")]


# --- «ماه جاری» / «سال جاری» in a past clause: never after the day of writing --------------------

@pytest.mark.parametrize(("text", "reference", "told"), [
    # a past act this Solar month lies between its first day and the day of writing
    ("ایران و روسیه در ماه جاری رزمایش مشترک دریایی در خزر برگزار کردند.", ORDIBEHESHT_5,
     [("ماه جاری", "2023-04")]),
    ("وزیر دفاع در ماه جاری به مسکو سفر کرد.", ABAN_3, [("ماه جاری", "2024-10")]),
    # a past act early this Solar year: 1 Farvardin 1402 (21 March 2023) to the day of writing
    ("ایران و روسیه اواخر سال جاری قرارداد خرید جنگنده را امضا کردند.", ORDIBEHESHT_5,
     [("اواخر سال جاری", "2023-04")]),
])
def test_a_past_act_in_the_current_solar_month_or_year_is_not_after_the_reference(
        text, reference, told):
    assert _told(text, reference) == told


@pytest.mark.parametrize(("text", "told"), [
    # a plan: the whole Solar month, most of Ordibehesht in May
    ("رزمایش مشترک دو کشور در ماه جاری در خزر برگزار خواهد شد.", [("ماه جاری", "2023-05")]),
    ("رزمایش مشترک دو کشور در ماه جاری در خزر برگزار می‌شود.", [("ماه جاری", "2023-05")]),
])
def test_the_current_solar_month_ahead_stays_whole(text, told):
    assert _told(text, ORDIBEHESHT_5) == told


# --- a month without its year in a present clause: a plan, a habit, a deadline ----------------

SEPTEMBER_20 = dt.date(2023, 9, 20)  # 29 Shahrivar 1402


@pytest.mark.parametrize(("text", "told"), [
    # the date's own clause, a relative clause in the past, decides, not the main verb
    ("قراردادی که ۱۵ ژوئیه میان ایران و روسیه امضا شد شامل تحویل جنگنده‌های سوخو-۳۵ می‌شود.",
     [("۱۵ ژوئیه", "2023-07-15")]),
    # a habit is no plan: no look-ahead
    ("رزمایش مشترک دریایی دو کشور هر سال در ماه اوت در دریای خزر برگزار می‌شود.",
     [("ماه اوت", "2023-08")]),
    # a start told in the present from a month ahead this year, no span up to now
    ("تحویل جنگنده‌های روسی به ایران از ماه نوامبر آغاز می‌شود.", [("ماه نوامبر", "2023-11")]),
    # a deadline told in the present lies ahead
    ("ایران تا ماه ژوئیه ۲۰ فروند بالگرد از روسیه تحویل می‌گیرد.", [("ماه ژوئیه", "2024-07")]),
])
def test_a_month_in_a_present_sentence_is_read_by_its_own_clause(text, told):
    assert _told(text, SEPTEMBER_20) == told


@pytest.mark.parametrize(("text", "told"), [
    # a plan in the present, the month ahead: as before
    ("رزمایش مشترک ایران و روسیه اواسط اکتبر در دریای خزر برگزار می‌شود.",
     [("اواسط اکتبر", "2023-10")]),
    # a present with no future cue stays a look-ahead: Persian news tells its plans so (a
    # reading of the nearest month, behind or ahead, cost a held-out figure)
    ("ایران و روسیه در ماه اوت قرارداد تحویل جنگنده را نهایی می‌کنند.", [("ماه اوت", "2024-08")]),
    # a span from then up to now stays behind
    ("از ماه مه تاکنون نیروهای روسی در این منطقه گشت‌زنی می‌کنند.", [("ماه مه", "2023-05")]),
    # a relative clause in the past around a month ahead in the main clause: the main verb's
    ("قراردادی که سال گذشته امضا شد از ماه نوامبر اجرا خواهد شد.",
     [("سال گذشته", "2022"), ("ماه نوامبر", "2023-11")]),
])
def test_a_plan_or_a_span_up_to_now_stays(text, told):
    assert _told(text, SEPTEMBER_20) == told


# --- a weekday's part of the day after it is part of its mention ----------------------------------

def test_the_night_after_a_weekday_goes_with_it_from_the_title(tmp_path):
    from . import persian_story
    lead = "ایران و روسیه یکشنبه شب گذشته رزمایش مشترک دریایی را در خزر آغاز کردند."
    (mention,) = dates.find_mentions(lead, SEPTEMBER_20, language="fa")
    assert (mention.text, mention.value) == ("یکشنبه شب گذشته", "2023-09-17")
    result = persian_story.analyse(tmp_path, "night",
                                   persian_story.story(lead, published="2023-09-20"))
    (event,) = result.candidates
    assert (event.date, event.title) == (
        "2023-09-17", "ایران و روسیه رزمایش مشترک دریایی را در خزر آغاز کردند")


# --- a purpose clause is «تا» and a subjunctive after a verb that is no asking ------------------

@pytest.mark.parametrize(("lead", "dated"), [
    # «تا» "until" before a past perfect: the act is done, the lead is the day's news
    ("ناوگروه روسی تا پایان رزمایش مشترک با ایران در بندرعباس پهلو گرفته بود.", True),
    # a request: what is asked is no act done
    ("ایران از روسیه خواسته است تا جنگنده‌های سوخو-۳۵ را هرچه زودتر تحویل دهد.", False),
    # a purpose after a past act, as before: the act is the day's news
    ("روسیه هیاتی نظامی را به تهران فرستاده است تا درباره خرید جنگنده مذاکره کند.", True),
])
def test_a_purpose_clause_needs_a_subjunctive_and_no_verb_of_asking(tmp_path, lead, dated):
    from . import persian_story
    result = persian_story.analyse(tmp_path, "purpose",
                                   persian_story.story(lead, published="2023-09-20"))
    assert [e.date for e in result.candidates] == (["2023-09-20"] if dated else [])


# --- a verb of starting must be in the date's own clause, not in a relative clause after it -----

@pytest.mark.parametrize(("lead", "date"), [
    # «که جنگ ... آغاز شد» tells what began then: the date bounds a period, the act is later
    ("از ۲۴ فوریه ۲۰۲۲ که جنگ اوکراین آغاز شد، ایران صدها پهپاد به روسیه فرستاده است و روسیه "
     "۱۲ سپتامبر جنگنده تحویل داد.", "2023-09-12"),
    # the act's own verb of starting: the day it began, as before
    ("فاز دوم رزمایش مشترک ایران و روسیه از دیشب آغاز شده است.", "2023-09-19"),
])
def test_a_verb_of_starting_in_a_relative_clause_is_not_the_acts(tmp_path, lead, date):
    from . import persian_story
    result = persian_story.analyse(tmp_path, "start",
                                   persian_story.story(lead, published="2023-09-20"))
    assert [e.date for e in result.candidates] == [date]


# --- «در» before a bare «جون» makes it the month (Dari writes months so) -------------------------

@pytest.mark.parametrize(("text", "told"), [
    ("ایران و روسیه در جون قرارداد خرید جنگنده را امضا کردند.", [("جون", "2023-06")]),
    # a name with it stays no month
    ("ایران و روسیه با حضور کیم جون اون قرارداد نظامی امضا کردند.", []),
])
def test_in_before_a_bare_jun_makes_it_the_month(text, told):
    assert _told(text, SEPTEMBER_20) == told
