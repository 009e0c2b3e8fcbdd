"""Persian rules of the twelfth real round (helper fa23, issue 11), tested on invented
stories in the style of the agencies (IRNA, ILNA, Mehr), with near misses that must stay as
they were."""

from __future__ import annotations

from functools import partial

from . import persian_story

story = partial(persian_story.story, published="2025-11-20")

# --- a future inside what was said is no plan when the said clause tells an act ---------------


def test_a_warning_told_with_its_act_is_the_days_statement(tmp_path):
    text = story("به گزارش ایرنا، سخنگوی وزارت دفاع روسیه در نشست خبری گفت که مسکو به "
                 "تحریم‌های تازه علیه ایران اعتراض کرده و هشدار داده که اقدامات متقابلی "
                 "را اتخاذ خواهد کرد.")
    result = persian_story.analyse(tmp_path, "warning", text)
    assert [c.date for c in result.candidates] == ["2025-11-20"], result.explain


def test_a_said_future_alone_stays_a_plan(tmp_path):
    # no act in what was said: what someone says will be done is no event of the day
    text = story("به گزارش ایرنا، سخنگوی وزارت دفاع روسیه در نشست خبری گفت که مسکو به "
                 "تحریم‌های تازه علیه ایران پاسخی قاطع خواهد داد.")
    assert persian_story.analyse(tmp_path, "plan", text).candidates == []


def test_a_said_delivery_before_more_of_the_same_stays_a_plan(tmp_path):
    # "delivered ... and will deliver ... too": the past delivery is background to what is
    # to come, no delivery of the day of the saying
    text = story("به گزارش ایرنا، سخنگوی وزارت دفاع در نشست خبری گفت که روسیه بالگردهای "
                 "ترابری را به ایران تحویل داده و هواپیماهای آموزشی را نیز تحویل خواهد داد.")
    assert persian_story.analyse(tmp_path, "delivered", text).candidates == []


def test_a_said_signing_before_a_future_stays_a_plan(tmp_path):
    text = story("به گزارش ایرنا، معاون وزیر دفاع در نشست خبری گفت که ایران و روسیه "
                 "قراردادی امضا کرده و دو کشور ناوچه‌های تازه‌ای خواهند ساخت.")
    assert persian_story.analyse(tmp_path, "signed", text).candidates == []
