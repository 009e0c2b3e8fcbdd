"""Persian rules of the fifth round on real Persian sources (issue 11): each from an error of
the real dev articles fa071–fa110, tested on invented sentences in the agencies' style, with
near misses that must stay as they were."""

from __future__ import annotations

from functools import partial

import pytest

from . import persian_story

_analyse = persian_story.analyse
_story = partial(persian_story.story, published="2025-10-12")


def _dates(result):
    return [c.date for c in result.candidates]


# --- the same act told again later, the same day, is one event --------------------------------

RESTATED = [
    # a demonstrative and the head of the first sentence's subject
    ("عملیات مشترک نیروهای ایران و روسیه علیه گروه‌های تروریستی بامداد امروز در سوریه آغاز شد.",
     "این عملیات از ساعت ۲ بامداد امروز در نزدیکی شهر تدمر آغاز شده است."),
    # a demonstrative and an act of the topic's kind, in what someone wrote
    ("روسیه و ایران امروز بمباران مواضع تروریست‌ها در شمال سوریه را آغاز کردند.",
     "سخنگوی وزارت دفاع روسیه امروز در صفحه خود نوشته است که این حملات با هماهنگی تهران "
     "انجام شده است."),
    # the same named thing, in guillemets
    ("وزارت دفاع روسیه اعلام کرد: نیروی هوایی روسیه عصر یکشنبه با آغاز عملیاتی موسوم به "
     "صاعقه شرق، مواضع تروریست‌ها در مرز ایران را منهدم کرد.",
     "وزارت دفاع ایران عصر یکشنبه از آغاز یک عملیات هوایی روسیه که آن را «صاعقه شرق» خواند "
     "خبر داده بود."),
]


@pytest.mark.parametrize(("lead", "again"), RESTATED)
def test_the_same_act_told_again_the_same_day_is_one_event(tmp_path, lead, again):
    result = _analyse(tmp_path, "restated", _story(lead, again))
    assert len(result.candidates) == 1, result.explain
    assert any("again (the same thing, the same day)" in line for line in result.explain)


@pytest.mark.parametrize(("lead", "other"), [
    # another day: another act
    ("عملیات مشترک نیروهای ایران و روسیه علیه گروه‌های تروریستی بامداد امروز در سوریه آغاز شد.",
     "این عملیات روز شنبه ۴ اکتبر در نزدیکی شهر تدمر آغاز شده بود."),
    # another kind of act at the same occasion: the signing at the meeting
    ("وزیران دفاع ایران و روسیه امروز در تهران دیدار کردند.",
     "در این دیدار امروز دو طرف توافقنامه همکاری نظامی امضا کردند."),
    # the first sentence opens with its date: "this day" names no act of it
    ("روز سه‌شنبه روسیه سامانه‌های پدافندی جدیدی به ایران تحویل داد.",
     "این روز سه‌شنبه ایران نخستین سامانه‌های روسی را در بندرعباس مستقر کرد."),
    # "this country": a side, not the act
    ("روسیه امروز سامانه‌های پدافندی به ایران تحویل داد.",
     "این کشور امروز با ایران تفاهم‌نامه امضا کرد."),
])
def test_another_act_stays_an_event(tmp_path, lead, other):
    result = _analyse(tmp_path, "not-restated", _story(lead, other))
    assert len(result.candidates) == 2, result.explain


# --- a plan whose only time is the article's own month or year dates no act --------------------

DELIVERED = "روسیه روز سه‌شنبه سامانه‌های پدافندی جدیدی به ایران تحویل داد."


@pytest.mark.parametrize(("sentence", "dates"), [
    # a forecast for the year of writing: a target, no act
    ("شویگو پیش از این تأکید کرده بود که همکاری نظامی روسیه و ایران در سال ۲۰۲۵ گسترش "
     "خواهد یافت.", ["2025-10-07"]),
    # a plan for the month of writing
    ("محموله دوم این سامانه‌ها در ماه اکتبر به ایران تحویل داده خواهد شد.", ["2025-10-07"]),
    # near misses: a plan of a later month is a date of its own; an act done in the year is one
    ("محموله دوم این سامانه‌ها در ماه دسامبر به ایران تحویل داده خواهد شد.",
     ["2025-10-07", "2025-12"]),
    ("روسیه و ایران در سال ۲۰۲۵ سه قرارداد نظامی امضا کردند.", ["2025", "2025-10-07"]),
    # a part of the month of writing is a time of its own
    ("محموله دوم این سامانه‌ها در اواخر اکتبر به ایران تحویل داده خواهد شد.",
     ["2025-10", "2025-10-07"]),
])
def test_a_plan_of_the_articles_own_month_or_year_dates_no_act(tmp_path, sentence, dates):
    result = _analyse(tmp_path, "own-plan", _story(DELIVERED, sentence))
    assert sorted(_dates(result)) == dates, result.explain


# --- a lead that tells a trend is no act of the day ----------------------------------------------

@pytest.mark.parametrize(("lead", "dated"), [
    ("روسیه صادرات تسلیحات خود به ایران را به شدت افزایش داده است.", False),
    ("واردات سلاح ایران از روسیه در سال‌های اخیر کاهش یافته است.", False),
    # near miss: an act of the day
    ("روسیه محموله‌ای از تسلیحات را به ایران تحویل داده است.", True),
])
def test_a_lead_telling_a_trend_is_no_act_of_the_day(tmp_path, lead, dated):
    result = _analyse(tmp_path, "trend", _story(lead))
    assert _dates(result) == (["2025-10-12"] if dated else []), result.explain


# --- a date in a side clause of a sentence telling a state in the present dates no act ---------

@pytest.mark.parametrize(("sentence", "dates"), [
    ("در طی رزمایشی که ایران در ۲۷ سپتامبر آغاز کرد، از پهپادهای روسیه استفاده گسترده‌ای "
     "می‌شود.", []),
    # near misses: the main clause tells a past act; the date in the main clause
    ("در طی رزمایشی که ایران در ۲۷ سپتامبر آغاز کرد، از پهپادهای روسیه استفاده شد.",
     ["2025-09-27"]),
    ("ایران در ۲۷ سپتامبر رزمایشی را آغاز کرد که در آن از پهپادهای روسیه استفاده می‌شود.",
     ["2025-09-27"]),
])
def test_a_side_clause_date_dates_no_state_of_the_main_clause(tmp_path, sentence, dates):
    result = _analyse(tmp_path, "side-state", _story(DELIVERED, sentence))
    assert [d for d in _dates(result) if d != "2025-10-07"] == dates, result.explain


# --- a date after a word of comparison is the base compared with, no act's date ---------------

@pytest.mark.parametrize(("sentence", "dates"), [
    # the forecast for the year of writing, compared with last year: no act at all
    ("شویگو پیش از این تأکید کرده بود که همکاری نظامی روسیه و ایران در سال ۲۰۲۵ دست‌کم به "
     "اندازه سال گذشته گسترش خواهد یافت.", []),
    ("صادرات تسلیحات روسیه به ایران نسبت به سال ۲۰۲۳ در سال ۲۰۲۴ دو برابر شد.", ["2024"]),
    # near miss: no comparison, the year dates the act
    ("روسیه و ایران سال گذشته سه قرارداد نظامی امضا کردند.", ["2024"]),
])
def test_a_date_compared_with_dates_no_act(tmp_path, sentence, dates):
    result = _analyse(tmp_path, "compared", _story(DELIVERED, sentence))
    assert [d for d in _dates(result) if d != "2025-10-07"] == dates, result.explain


# --- "is expected" looks ahead: a bare month after it is the next one, not the last ------------

@pytest.mark.parametrize("cue", ["انتظار می‌رود", "انتظار میرود", "پیش‌بینی می‌شود"])
def test_is_expected_is_a_future_cue(tmp_path, cue):
    sentence = f"{cue} قرارداد خرید سامانه‌های روسی ایران در اوایل دسامبر امضا شود."
    result = _analyse(tmp_path, "expected", _story(DELIVERED, sentence))
    assert sorted(_dates(result)) == ["2025-10-07", "2025-12"], result.explain


# --- what is told in the present of the year of writing is scheduled or goes on: no act --------

@pytest.mark.parametrize(("sentence", "dates"), [
    # a name in guillemets with "و" inside is one phrase: the present verb after it is the clause's
    ("رزمایش مشترک امسال ایران با روسیه با موضوع «امنیت دریایی و مبارزه با دزدی دریایی» در "
     "دریای خزر برگزار می‌شود.", []),
    # near miss: told in the past, the year dates the act
    ("رزمایش مشترک ایران و روسیه امسال با موضوع «امنیت دریایی و مبارزه با دزدی دریایی» در "
     "دریای خزر برگزار شد.", ["2025"]),
])
def test_the_present_of_the_year_of_writing_dates_no_act(tmp_path, sentence, dates):
    result = _analyse(tmp_path, "own-present", _story(DELIVERED, sentence))
    assert [d for d in _dates(result) if d != "2025-10-07"] == dates, result.explain


@pytest.mark.parametrize(("sentence", "dates"), [
    # Russian writes the comparison the same way
    ("По сравнению с 2023 годом в 2024 году Россия подписала с Ираном втрое больше контрактов.",
     ["2024"]),
    ("Как и в прошлом году, в 2025 году Россия и Иран провели учения в Каспийском море.", ["2025"]),
])
def test_a_date_compared_with_dates_no_act_in_russian(tmp_path, sentence, dates):
    text = ("---\npublished: 2025-10-12\nlanguage: ru\n---\nЗаголовок\n\n"
            "Россия во вторник передала Ирану новые зенитные комплексы.\n\n" + sentence + "\n")
    result = _analyse(tmp_path, "compared-ru", text)
    assert [d for d in _dates(result) if d != "2025-10-07"] == dates, result.explain
