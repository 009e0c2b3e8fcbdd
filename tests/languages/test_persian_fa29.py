"""Persian rules of helper fa29 (issue 11), tested on invented sentences in the style of the
agencies, with near misses that must stay as they were."""

from __future__ import annotations

import pytest

from .persian_story import dated_countries as _events
from .persian_story import round_story as _story

# --- a lead that tells what someone said with the reporting verb last (fa.STATEMENT_TOLD) ---

_AFTER = "دو کشور سال گذشته نیز رزمایشی در دریای خزر برگزار کرده بودند."


@pytest.mark.parametrize("lead", [
    # a judging verb ending the sentence: "deemed the cooperation useful"
    "وزیر دفاع ایران همکاری نظامی ایران و روسیه را به سود ثبات منطقه دانست.",
    # a reporting verb before a comma, what was said after it
    "وزارت دفاع روسیه در بیانیه‌ای تأکید کرد، همکاری با ایران در دریای خزر ادامه دارد.",
    # a reporting verb before a colon
    "سخنگوی وزارت دفاع روسیه گفت: همکاری نظامی با ایران برای ما اهمیت ویژه‌ای دارد.",
    # an announcement of a thing with the verb last
    "فرمانده نیروی دریایی ایران از گسترش همکاری با روسیه در دریای خزر خبر داد.",
])
def test_a_lead_telling_what_was_said_verb_last_is_the_days_statement(tmp_path, lead):
    told, why = _events(tmp_path, "said", _story(lead, _AFTER))
    assert sorted(d for d, _ in told) == ["2023", "2024-11-29"], (told, why)


@pytest.mark.parametrize("lead", [
    # a passive announcement names no one who said it: a standfirst, no statement
    "موضع رسمی ایران درباره همکاری نظامی با روسیه اعلام شد.",
    # what someone says now, in the present
    "وزیر دفاع ایران همکاری نظامی ایران و روسیه را به سود ثبات منطقه می‌داند.",
])
def test_no_statement_of_the_day_stays_out(tmp_path, lead):
    told, why = _events(tmp_path, "not_said", _story(lead, _AFTER))
    assert [d for d, _ in told] == ["2023"], (told, why)
