"""Persian rules from the dev misses left after rounds fa18 and fa19 (helper fa20, issue 11),
tested on invented sentences in the style of the agencies, with near misses that must stay as
they were."""

from __future__ import annotations

import datetime as dt

import pytest

from chronology import dates

from . import persian_story

_WEDNESDAY = dt.date(2024, 10, 23)   # its Persian week runs Saturday 19 to Friday 25 October


# --- a weekday with its week is the weekday of that week, Saturday to Friday ----------------

@pytest.mark.parametrize(("sentence", "weekday", "day"), [
    # present tense: no future to look ahead by, the week alone says which Sunday
    ("نشست کمیسیون مشترک یکشنبه هفته آینده در تهران برگزار می‌شود.", "یکشنبه", "2024-10-27"),
    # last week's Sunday, not the Sunday of this week three days ago
    ("وزیر خارجه یکشنبه هفته گذشته به مسکو سفر کرد.", "یکشنبه هفته گذشته", "2024-10-13"),
    ("هیئت پارلمانی دوشنبه هفته پیش وارد کابل شد.", "دوشنبه هفته پیش", "2024-10-14"),
])
def test_a_weekday_with_its_week_is_the_weekday_of_that_week(sentence, weekday, day):
    found = {m.text: m.value for m in dates.find_mentions(sentence, _WEDNESDAY, language="fa")}
    assert found[weekday] == day, found


def test_a_weekday_without_a_week_stays_the_last_such_day():
    # near-miss: no week named, the weekday is the last one on or before the day of writing
    (mention,) = dates.find_mentions("وزیر خارجه یکشنبه به مسکو سفر کرد.", _WEDNESDAY,
                                     language="fa")
    assert mention.value == "2024-10-20"


# --- a lead ending on a common past verb of an act tells the act of the day of writing ------

@pytest.mark.parametrize("lead", [
    "نیروی دریایی روسیه سامانه موشکی تازه خود را در رزمایش مشترک با ایران به نمایش گذاشت.",
    "ایران پیشنهاد روسیه برای برگزاری رزمایش مشترک دریایی در خزر را پذیرفت.",
    "ایران خط اعتباری تازه‌ای برای خرید تسلیحات روسی گشود.",
    # a stem that is a noun too («نشست», a meeting) is the verb where it ends the sentence
    "هیئت نظامی ایران در مسکو با مقام‌های روس پشت میز مذاکره نشست.",
])
def test_a_lead_on_a_common_past_verb_is_an_act_of_the_day(tmp_path, lead):
    text = persian_story.story(lead, published="2024-10-23")
    (event,) = persian_story.analyse(tmp_path, "verb", text).candidates
    assert str(event.date) == "2024-10-23", event.title

