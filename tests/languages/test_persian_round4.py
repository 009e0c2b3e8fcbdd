"""Persian rules of the fourth round on real Persian sources (issue 11): each from an error of
the real dev articles fa046–fa070, tested on invented sentences, with near misses that must
stay as they were."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from chronology import dates

from . import persian_story

REF = dt.date(2018, 1, 10)


_analyse = persian_story.analyse
_story = partial(persian_story.story, published="2025-10-11")


# --- a report in the news present whose object is an act tells the act of the day ---------

@pytest.mark.parametrize(("story", "dated"), [
    # "sources report the occurrence of clashes ...": the day's news, as "... خبر داد" is
    ("منابع محلی از وقوع درگیری‌های سنگین میان نیروهای ایران و روسیه در مرز خبر می‌دهند.", True),
    ("منابع محلی از وقوع درگیری‌های سنگین میان نیروهای ایران و روسیه در مرز خبر میدهند.", True),
    ("رسانه‌های روسی از آغاز رزمایش مشترک ایران و روسیه در دریای خزر خبر می‌دهند.", True),
    # near misses: the object is no act ("readiness"), or a view in the present
    ("رسانه‌های روسی از آمادگی ایران برای خرید سامانه روسی خبر می‌دهند.", False),
    ("مقامات ایرانی می‌گویند همکاری نظامی با روسیه گسترش می‌یابد.", False),
    # what reports keep telling of recent months, not the day's news
    ("گزارش‌ها از تحویل جنگنده‌های روسی به ایران در ماه‌های اخیر خبر می‌دهند.", False),
])
def test_a_report_in_the_present_of_an_act_is_the_days_news(tmp_path, story, dated):
    result = _analyse(tmp_path, "present-report", _story(story))
    assert [c.date for c in result.candidates] == (["2025-10-11"] if dated else []), \
        result.explain
    if dated:
        assert result.candidates[0].sources[0].rule == "dateline-lead"


def test_the_past_report_of_an_act_is_still_one():
    # the table keeps its past forms
    from chronology.languages import language
    fa = language("fa")
    assert fa.reported_act.search("ایران از آغاز رزمایش با روسیه خبر داد")
    assert fa.reported_act.search("ایران از آغاز رزمایش با روسیه خبر داده است")
    assert not fa.reported_act.search("ایران از آغاز رزمایش با روسیه خبرنگاران را مطلع کرد")


# --- a date whose period runs until now starts a state, it dates no act ----------------------

LEAD = "روسیه روز سه‌شنبه سامانه‌های پدافندی جدیدی به ایران تحویل داد."


@pytest.mark.parametrize("sentence", [
    "خرید سامانه‌های روسی توسط ایران از سال ۲۰۱۶ تا کنون به چالشی در روابط تهران و واشنگتن "
    "تبدیل شده است.",
    "همکاری نظامی ایران و روسیه از سال ۲۰۱۶ تاکنون چند برابر شده است.",
    "روسیه از مارس ۲۰۲۲ به این سو ده‌ها پهپاد از ایران دریافت کرده است.",
])
def test_a_period_up_to_now_dates_no_act(tmp_path, sentence):
    result = _analyse(tmp_path, "until-now", _story(LEAD, sentence, published="2025-12-19"))
    assert [c.date for c in result.candidates] == ["2025-12-16"], result.explain


def test_a_standfirst_then_a_state_up_to_now_is_no_lead(tmp_path):
    # the first paragraph tells no act (a view), the next opens with a state up to now: no
    # event of the day either
    text = _story("تهران تمایل ندارد به‌خاطر این سامانه‌ها روابط خود با مسکو را خدشه‌دار کند.",
                  "خرید سامانه‌های روسی توسط ایران از سال ۲۰۱۶ تا کنون به چالشی بزرگ در روابط "
                  "تهران و واشنگتن تبدیل شده است.", published="2025-12-19")
    assert _analyse(tmp_path, "until-now-lead", text).candidates == []


@pytest.mark.parametrize(("sentence", "date"), [
    # near misses: a year of the act, a range of years, a year that bounds no state
    ("روسیه در سال ۲۰۱۶ سامانه‌های اس-۳۰۰ را به ایران تحویل داد.", "2016"),
    ("روسیه سامانه‌های اس-۳۰۰ را در سال ۲۰۱۶ به ایران تحویل داد و تا کنون پشتیبانی کرده است.",
     "2016"),
])
def test_a_year_of_an_act_still_dates_it(tmp_path, sentence, date):
    result = _analyse(tmp_path, "year-act", _story(LEAD, sentence, published="2025-12-19"))
    assert [c.date for c in result.candidates] == ["2025-12-16", date], result.explain


# --- "جدی 19, 1396": a Solar date with its month first (Dari pages of IRIB's services) -------

@pytest.mark.parametrize(("text", "words", "value"), [
    ("جدی 19, 1396 11:30 Asia/Kabul", "جدی 19, 1396", "2018-01-09"),
    ("حوت ۱۶، ۱۳۹۷ ساعت ۱۶:۳۴", "حوت ۱۶، ۱۳۹۷", "2019-03-07"),
    ("دی 19, 1396 - 11:30", "دی 19, 1396", "2018-01-09"),
])
def test_a_solar_date_with_its_month_first(text, words, value):
    found = dates.find_mentions(text, REF, language="fa")
    assert [(m.text, m.value) for m in found] == [(words, value)]


@pytest.mark.parametrize("text", [
    "تیر 19 نفر را زخمی کرد.",      # "arrow": no year, no date
    "جدی 19 تن را کشت.",            # a month name and a number, no year
])
def test_a_month_name_and_a_number_without_a_year_is_no_date(text):
    assert dates.find_mentions(text, REF, language="fa") == []


def test_the_dari_date_line_dates_the_article(tmp_path):
    text = _story("جدی 19, 1396 11:30 Asia/Kabul",
                  "نظامیان پاکستانی شش راکت را به ولایت کنر پرتاب کردند که یک غیرنظامی کشته شد.",
                  published=None)
    ref = dates.find_reference(text)
    assert ref.iso == "2018-01-09", ref


def test_a_day_up_to_now_dates_no_act_either(tmp_path):
    story = "روسیه از ۲۰ مارس تا کنون پنج فروند جنگنده سوخو-۳۵ به ایران تحویل داده است."
    result = _analyse(tmp_path, "day-up-to-now", _story(story))
    assert [c.date for c in result.candidates] == [], result.explain


def test_an_invisible_mark_after_the_stop_stays_out_of_the_title(tmp_path):
    story = "نیروی دریایی ایران و روسیه روز شنبه رزمایش مشترکی در دریای خزر برگزار کردند.\u200f"
    result = _analyse(tmp_path, "mark", _story(story))
    assert [c.title[-1] for c in result.candidates] == ["د"], result.explain
