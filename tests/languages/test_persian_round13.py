"""Persian rules of the thirteenth round on real Persian sources (issue 11): each from an
error of the new real dev articles fa111–fa130, tested on invented sentences in the style of
the agencies (IRNA, YJC, Pars Today's Dari service, Afghan services), with near misses that
must stay as they were."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from chronology import dates

from . import persian_story

_analyse = persian_story.analyse
_story = partial(persian_story.story, published="2021-10-18")


# --- a chain of sources before the story is dropped whole from the title ----------------------

@pytest.mark.parametrize("sources", [
    "به گزارش ایرنا، به نقل از خبرگزاری تاس، ",   # two sources, each closed by a comma
    "به گزارش خبرآنلاین به نقل از ایسنا؛ ",        # the chain closed by a semicolon
])
def test_a_chain_of_sources_is_dropped_from_the_title(tmp_path, sources):
    text = _story(sources + "ناوهای ایران و روسیه امروز رزمایش مشترک را در دریای خزر آغاز کردند.")
    (event,) = _analyse(tmp_path, "chain", text).candidates
    assert event.title.startswith("ناوهای ایران و روسیه"), event.title


def test_a_single_source_closed_by_a_comma_is_still_dropped(tmp_path):
    text = _story("به گزارش ایرنا، ناوهای ایران و روسیه امروز رزمایش مشترک را آغاز کردند.")
    (event,) = _analyse(tmp_path, "single", text).candidates
    assert event.title.startswith("ناوهای ایران و روسیه"), event.title


@pytest.mark.parametrize("source", [
    "به گزارش رسانه‌های این کشور، ",        # a demonstrative inside the source, closed by a comma
    "بر اساس توافق این دو کشور، ",
    "به گفته مقامات این وزارتخانه؛ ",         # ... or by a semicolon
])
def test_a_demonstrative_inside_a_closed_source_is_dropped_with_it(tmp_path, source):
    text = _story(source + "روسیه امروز نخستین محموله سامانه پدافندی را به ایران تحویل داد.")
    (event,) = _analyse(tmp_path, "demonstrative", text).candidates
    assert event.title.startswith("روسیه"), event.title


# --- a report of the act the lead told, the same day, is that act told again --------------------

LEAD = "رزمایش مشترک نیروی دریایی ایران و روسیه امروز در دریای خزر آغاز شد."


def test_a_report_of_the_start_the_lead_told_is_one_event(tmp_path):
    again = ("به گزارش ایرنا، وزارت دفاع روسیه امروز از آغاز بزرگترین رزمایش دریایی دو کشور در "
             "دریای خزر خبر داد.")
    result = _analyse(tmp_path, "reported", _story(LEAD, again))
    assert len(result.candidates) == 1, result.explain
    assert any("again (the same thing, the same day)" in line for line in result.explain)


@pytest.mark.parametrize("other", [
    # another act of the same thing: its end, not its start
    "به گزارش ایرنا، وزارت دفاع روسیه امروز از پایان رزمایش دریایی ایران و روسیه خبر داد.",
    # the start of another kind of thing
    "وزارت خارجه روسیه امروز از آغاز مذاکره ایران و روسیه درباره خرید جنگنده خبر داد.",
])
def test_a_report_of_another_act_stays_an_event_of_its_own(tmp_path, other):
    result = _analyse(tmp_path, "other", _story(LEAD, other))
    assert len(result.candidates) == 2, result.explain


# --- «در دوشنبه» is "in Dushanbe", the capital of Tajikistan, not "on Monday" ------------------

FRIDAY = dt.date(2023, 6, 2)


@pytest.mark.parametrize("text", [
    "سفیر روسیه در دوشنبه گفت که نیروهای پایگاه ۲۰۱ به حفاظت از مرز ادامه می‌دهند.",
    "نشست وزیران دفاع در دوشنبه برگزار شد.",
])
def test_dushanbe_after_in_is_the_city(text):
    assert dates.find_mentions(text, FRIDAY, language="fa") == []


@pytest.mark.parametrize(("text", "words"), [
    ("سفیر روسیه روز دوشنبه گفت که پایگاه تقویت می‌شود.", "دوشنبه"),
    ("وزیر دفاع در روز دوشنبه وارد مسکو شد.", "دوشنبه"),
    # «گذشته» after the weekday is its mention's (helper fa18: it leaves a title with it)
    ("وزیر دفاع در دوشنبه گذشته گفت که رزمایش آغاز شده است.", "دوشنبه گذشته"),
    ("سفیر روسیه دوشنبه شب گفت که پایگاه تقویت می‌شود.", "دوشنبه"),
])
def test_monday_is_still_a_day(text, words):
    found = dates.find_mentions(text, FRIDAY, language="fa")
    assert [(m.text, m.value) for m in found] == [(words, "2023-05-29")]


@pytest.mark.parametrize("text", [
    # an apposition naming the capital or the country: the city, whatever its comma says
    "سفیر ایران در دوشنبه، پایتخت تاجیکستان، گفت که همکاری‌ها ادامه می‌یابد.",
    "نشست امنیتی در دوشنبه، مرکز تاجیکستان، برگزار شد.",
    # another city joined by «و»
    "نمایندگان روسیه در دوشنبه و مسکو با مقامات محلی دیدار کردند.",
    # «پیش از»: "before" something, no week word
    "سفیر روسیه در دوشنبه پیش از سفر به تهران گفت که پایگاه تقویت می‌شود.",
])
def test_dushanbe_with_its_apposition_or_another_city_is_the_city(text):
    assert dates.find_mentions(text, FRIDAY, language="fa") == []


@pytest.mark.parametrize("text", [
    "وزیر دفاع روسیه در دوشنبه پیش با همتای ایرانی خود دیدار کرد.",      # a week word
    "وزیر دفاع روسیه در دوشنبه این هفته با همتای ایرانی خود دیدار کرد.",
    "نشست وزیران در دوشنبه اول خرداد برگزار شد.",                      # a day in words, a month
    "نشست وزیران در دوشنبه بیست و نهم مه برگزار شد.",
    "نشست وزیران در دوشنبه صبح برگزار شد.",                            # a part of the day
    "نشست وزیران در دوشنبه و سه‌شنبه برگزار شد.",                       # another weekday
])
def test_monday_after_in_with_a_sign_of_the_day_is_a_day(text):
    found = dates.find_mentions(text, FRIDAY, language="fa")
    # the weekday, or the weekday with its week ("دوشنبه این هفته", one date since «این هفته» is
    # a mention of its own, fa22): a day, not the city
    assert any(m.text.startswith("دوشنبه") and m.value == "2023-05-29" for m in found), found


# --- a full date told again in brackets, in the other calendar, is no date of its own ---------

MONDAY = dt.date(2021, 10, 18)


@pytest.mark.parametrize(("text", "told"), [
    ("رزمایشی که تا روز ۲۳ اکتبر (اول آبان ماه) ادامه خواهد داشت.", ["۲۳ اکتبر"]),
    ("سند همکاری روز ۲۵ مه (۴ خرداد) در مسکو امضا شد.", ["۲۵ مه"]),
    # near misses: a weekday or a day word is no full date, its bracket tells the day (the
    # bracket's date alone when it is all the bracket holds: round 15)
    ("وزیران دفاع پنجشنبه (۲۵ مه، ۴ خرداد) سندی امضا کردند.", ["پنجشنبه", "۲۵ مه", "۴ خرداد"]),
    ("وزیر دفاع امروز (۱۸ اکتبر) وارد مسکو شد.", ["۱۸ اکتبر"]),
])
def test_a_date_told_again_in_brackets(text, told):
    assert [m.text for m in dates.find_mentions(text, MONDAY, language="fa")] == told


def test_a_bound_after_until_and_the_day_word_ends_the_exercise_and_its_bracket_dates_nothing(
        tmp_path):
    lead = ("رزمایش مشترک کشورهای عضو پیمان امنیت جمعی با فرماندهی روسیه امروز در مرز تاجیکستان "
            "آغاز شد.")
    bound = ("به گزارش ایرنا، کشورهای عضو پیمان امنیت جمعی امروز دوشنبه از آغاز بزرگترین رزمایش "
             "خود در مرز تاجیکستان خبر دادند؛ رزمایشی که تا روز ۲۳ اکتبر (اول آبان ماه) ادامه "
             "خواهد داشت.")
    result = _analyse(tmp_path, "bound", _story(lead, bound))
    assert [c.date for c in result.candidates] == ["2021-10-18"], result.explain


# --- the day's year in brackets right after its day and month dates the day -----------------

@pytest.mark.parametrize(("text", "language", "told"), [
    ("سند همکاری نظامی در ۲۳ اکتبر (۲۰۱۹) در مسکو امضا شد.", "fa",
     [("۲۳ اکتبر (۲۰۱۹)", "2019-10-23")]),
    ("Соглашение о военном сотрудничестве подписано 23 октября (2019 г.) в Москве.", "ru",
     [("23 октября (2019 г.)", "2019-10-23")]),
    # near miss: a bracket that is not the year alone dates nothing
    ("Соглашение подписано 23 октября (по данным 2019 года) в Москве.", "ru",
     [("23 октября", "2021-10-23"), ("2019 года", "2019")]),
])
def test_a_year_in_brackets_after_the_day_dates_it(text, language, told):
    found = dates.find_mentions(text, MONDAY, language=language)
    assert [(m.text, m.value) for m in found] == told


def test_a_year_in_brackets_leaves_the_title_with_its_date(tmp_path):
    text = _story("وزیران دفاع ایران و روسیه در ۲۳ اکتبر (۲۰۱۹) سند همکاری نظامی امضا کردند.")
    (event,) = _analyse(tmp_path, "bracket_year", text).candidates
    assert event.date == "2019-10-23" and "۲۰۱۹" not in event.title, (event.date, event.title)


# --- "این درگیری" after a clash told in the lead, the same day, is that clash told again --------

CLASH_STORY = ("---\npublished: 2024-08-12\nlanguage: fa\n---\nنیروهای ایران و روسیه در مرز "
               "آستارا درگیر شدند\n\nمنابع از گذرگاه مرزی آستارا میان ایران و روسیه می‌گویند که "
               "نیروهای مرزی دو کشور با قاچاقچیان مسلح درگیر شده‌اند و به سوی همدیگر تیراندازی "
               "کرده‌اند.\n\n{again}\n")


@pytest.mark.parametrize("again", [
    # the clash named by its noun, after a source of one word with no comma
    "به گفته منابع این درگیری عصر امروز در نزدیکی پاسگاه مرزی رخ داده است.",
    # "نیز" after "now" is "still": the same clash going on
    "به گفته منابع این درگیری عصر امروز رخ داده و هم‌اکنون نیز صدای شلیک در منطقه شنیده می‌شود.",
])
def test_the_clash_told_again_is_one_event(tmp_path, again):
    result = _analyse(tmp_path, "clash", CLASH_STORY.format(again=again))
    assert len(result.candidates) == 1, result.explain
    assert any("again (the same thing, the same day)" in line for line in result.explain)


def test_a_clash_of_another_day_stays_an_event_of_its_own(tmp_path):
    other = "به گفته منابع این درگیری دیروز در نزدیکی پاسگاه مرزی رخ داده است."
    result = _analyse(tmp_path, "other", CLASH_STORY.format(again=other))
    assert not any("again (the same thing" in line for line in result.explain), result.explain
