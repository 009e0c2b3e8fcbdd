"""Persian rules of the twelfth real round (helper fa24, issue 11), tested on invented
sentences in the style of the agencies and of Afghan services, with near misses that must stay
as they were."""

from __future__ import annotations

import datetime as dt

import pytest

from chronology import dates
from chronology.languages import language

TUESDAY = dt.date(2024, 10, 15)


def _told(text, reference=TUESDAY):
    return [(m.text, m.value) for m in dates.find_mentions(text, reference, language="fa")]


# --- a past verb closes its clause before «و»: a future after it is the next clause's --------------

@pytest.mark.parametrize("text", [
    # the perfect with its auxiliary glued, as web pages drop the ZWNJ
    "وزارت دفاع افزود که نخستین گروه از کارشناسان روز دوشنبه به پایتخت رسیدهاند و در روزهای "
    "آینده گروه‌های دیگری نیز اعزام خواهند شد.",
    "سخنگوی ارتش گفت محموله اول روز دوشنبه تحویل داده شد و بقیه تا پایان ماه تحویل خواهد شد.",
    "دو ناوشکن روز دوشنبه وارد بندر شدند و تا آخر هفته در آنجا خواهند ماند.",
])
def test_a_weekday_of_a_past_verb_before_and_is_past(text):
    assert [value for _, value in _told(text)] == ["2024-10-14"]


@pytest.mark.parametrize("text", [
    # the weekday in the clause of the future, after the past one
    "نخستین گروه به پایتخت رسیدهاند و روز دوشنبه گروه دوم نیز اعزام خواهد شد.",
    # no past verb before the future: a plan
    "هیئت نظامی روز دوشنبه به پایتخت سفر خواهد کرد.",
    # a verb of planning is no act done: "planned for Monday, and is to be held"
    "بیشتر دیدارها برای روز دوشنبه برنامه‌ریزی شده است و قرار است در قالب‌های مختلف برگزار شود.",
])
def test_a_weekday_of_a_future_clause_stays_ahead(text):
    assert [value for _, value in _told(text)] == ["2024-10-21"]


@pytest.mark.parametrize(("verb", "past"), [
    ("رسیدهاند", True), ("رسیده‌اند", True), ("رسیده اند", True), ("شدهاند", True),
    ("کردهاست", True), ("رسیدهانداز", False), ("کردگار", False),
])
def test_the_perfect_with_its_auxiliary_glued_is_a_past_verb(verb, past):
    lang = language("fa")
    assert bool(lang.past_verb.search(lang.normalise(verb))) is past


# --- a lead in the present whose act the next sentence dates ahead is that plan -------------------

def _story(*paragraphs):
    from . import persian_story
    return persian_story.story(*paragraphs, published="2024-08-26")


def _dates(tmp_path, name, text):
    from . import persian_story
    result = persian_story.analyse(tmp_path, name, text)
    return [c.date for c in result.candidates], result.explain


def test_a_present_lead_dated_ahead_by_the_next_sentence_is_a_plan(tmp_path):
    text = _story("نیروهای ویژه ایران و روسیه رزمایش مشترکی را در سواحل دریای خزر برگزار "
                  "میکنند.",
                  "به گزارش ایرنا، قرار است این رزمایش در ماه سپتامبر در سواحل دریای خزر "
                  "برگزار شود.")
    told, why = _dates(tmp_path, "ahead", text)
    assert told == ["2024-09"], why


@pytest.mark.parametrize(("second", "told"), [
    # the next sentence tells the same drill's day: the present is today's act
    ("به گزارش ایرنا، این رزمایش امروز در سواحل دریای خزر آغاز شد.", ["2024-08-26"]),
    # another act dated ahead, not the lead's kind: the lead stays the day's news
    ("به گزارش ایرنا، قرار است وزیر دفاع روسیه در ماه سپتامبر به تهران سفر کند.",
     ["2024-08-26", "2024-09"]),
])
def test_a_present_lead_stays_the_days_news_otherwise(tmp_path, second, told):
    text = _story("نیروهای ویژه ایران و روسیه رزمایش مشترکی را در سواحل دریای خزر برگزار "
                  "میکنند.", second)
    assert _dates(tmp_path, "today", text)[0] == told


def test_a_past_lead_before_a_plan_stays_the_days_news(tmp_path):
    text = _story("نیروهای ویژه ایران و روسیه رزمایش مشترکی را در سواحل دریای خزر برگزار "
                  "کردند.",
                  "به گزارش ایرنا، قرار است این رزمایش در ماه سپتامبر بار دیگر برگزار شود.")
    assert _dates(tmp_path, "past", text)[0][0] == "2024-08-26"


# --- a bare past participle before «و» closes its clause only before a subject of its own -------

@pytest.mark.parametrize("text", [
    # the same subject goes on into the future: a plan for next Monday
    "هیئت نظامی روسیه روز دوشنبه وارد پایتخت شده و با فرماندهان ارتش دیدار خواهد کرد.",
    "وزیر دفاع روز دوشنبه به مسکو سفر کرده و در این سفر با همتای خود دیدار خواهد کرد.",
    "ناوهای روسی روز دوشنبه به بندر رسیده و در رزمایش مشترک شرکت خواهند کرد.",
    "رئیس ستاد روز دوشنبه قرارداد را امضا کرده و سپس به اصفهان خواهد رفت.",
    # «داده» a noun, «ساخته شده» an adjective: no verb closes a clause
    "روز دوشنبه مرکز تبادل داده و اطلاعات نظامی دو کشور افتتاح خواهد شد.",
    "روز دوشنبه محموله پهپادهای ساخته شده و مهمات به مقصد ارسال خواهند شد.",
])
def test_a_bare_participle_of_the_same_subject_keeps_the_future(text):
    assert [value for _, value in _told(text)] == ["2024-10-21"]


@pytest.mark.parametrize("text", [
    # the first clause has its object, the next its own subject: the signing is done
    "دو کشور روز دوشنبه قرارداد خرید جنگنده‌ها را امضا کرده و تحویل آن‌ها به زودی آغاز "
    "خواهد شد.",
    # a finite past closes its clause, simple or perfect
    "هیئت نظامی روز دوشنبه وارد پایتخت شد و با فرماندهان ارتش دیدار خواهد کرد.",
    "هیئت نظامی روز دوشنبه وارد پایتخت شده است و با فرماندهان ارتش دیدار خواهد کرد.",
])
def test_a_finished_clause_before_and_keeps_its_weekday_past(text):
    assert [value for _, value in _told(text)] == ["2024-10-14"]


# --- not a lead that starts its act, nor a next sentence of the act's end or a later part ---------

@pytest.mark.parametrize(("lead", "second", "told"), [
    # a start in the lead: the drill starts today; its end dated ahead
    ("یگان‌های دریایی ایران و روسیه رزمایش مشترکی را در آب‌های شمالی آغاز می‌کنند.",
     "به گزارش خبرگزاری، این رزمایش تا ۳۰ اوت ادامه خواهد داشت.", "2024-08-26"),
    # the end told by «تا»: the drill is held today
    ("یگان‌های دریایی ایران و روسیه رزمایش مشترکی را در آب‌های شمالی برگزار می‌کنند.",
     "به گزارش خبرگزاری، این رزمایش تا ۳۰ اوت ادامه خواهد داشت.", "2024-08-26"),
    # a later round of the drill: not this one's date
    ("یگان‌های دریایی ایران و روسیه رزمایش مشترکی را در آب‌های شمالی برگزار می‌کنند.",
     "به گفته فرمانده، دور بعدی این رزمایش در ماه اکتبر در آب‌های جنوبی برگزار خواهد شد.",
     "2024-08-26"),
])
def test_a_present_lead_of_a_drill_held_today_stays(tmp_path, lead, second, told):
    dated, why = _dates(tmp_path, "held", _story(lead, second))
    assert dated[0] == told, why


@pytest.mark.parametrize("second", [
    "Эти учения продлятся до 30 августа, сообщили в военном ведомстве.",
    "Эти учения завершатся 30 августа, сообщили в военном ведомстве.",
    "Следующий этап этих учений пройдет в октябре в южных водах.",
])
@pytest.mark.parametrize("lead", [
    "Корабли флотов России и Ирана начинают совместные учения в северных водах.",
    "Корабли флотов России и Ирана проводят совместные учения в северных водах.",
])
def test_a_russian_present_lead_of_a_drill_held_today_stays(tmp_path, lead, second):
    from . import russian_story
    found = russian_story.candidates(tmp_path, f"{lead}\n\n{second}", published="2024-08-26")
    assert found.candidates[0].date == "2024-08-26", found.explain


def test_a_russian_present_lead_dated_ahead_is_still_a_plan(tmp_path):
    from . import russian_story
    found = russian_story.candidates(
        tmp_path, "Корабли флотов России и Ирана проводят совместные учения в северных водах."
        "\n\nЭти учения пройдут в октябре в южных водах.", published="2024-08-26")
    assert [c.date for c in found.candidates] == ["2024-10"], found.explain
