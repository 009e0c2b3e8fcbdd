"""Persian rules from the errors of the new real dev articles fa201–fa225 (helper fa17, issue
11), tested on invented sentences in the style of the agencies and of the Afghan (Dari)
services, with near misses that must stay as they were."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from chronology import dates

from . import persian_story

_analyse = persian_story.analyse
_story = partial(persian_story.story, published="2021-10-18")   # a Monday


# --- "این را ... گزارش دادند": the Dari sentence naming who reported the one before -------------

LEAD = "روسیه نخستین محموله سامانه پدافندی اس-۴۰۰ را به ایران تحویل داده است."


def test_a_dari_report_sentence_dates_the_undated_lead(tmp_path):
    text = _story(LEAD + "\n\nاین را وزارت دفاع روسیه روز پنجشنبه گزارش داد.")
    (event,) = _analyse(tmp_path, "reported", text).candidates
    assert str(event.date) == "2021-10-14", event.date
    assert event.title.startswith("روسیه"), event.title


@pytest.mark.parametrize("verb", ["رد کرد", "وعده داده بود"])
def test_a_denial_or_a_promise_of_the_lead_is_no_report_of_it(tmp_path, verb):
    # near-miss (review, issue 11): «این را» with a verb that does not report: the undated
    # lead keeps the day of writing, not the day of the denial or the promise
    text = _story(LEAD + f"\n\nاین را وزارت دفاع روسیه روز پنجشنبه {verb}.")
    lead = _analyse(tmp_path, "denied", text).candidates[0]
    assert str(lead.date) == "2021-10-18", lead.date
    assert "statement" not in lead.tags, lead.tags


def test_a_confirmation_of_the_lead_is_a_report_of_it(tmp_path):
    text = _story(LEAD + "\n\nاین را وزارت دفاع روسیه روز پنجشنبه تأیید کرد.")
    (event,) = _analyse(tmp_path, "confirmed", text).candidates
    assert str(event.date) == "2021-10-14", event.date


def test_the_lead_alone_keeps_the_day_of_writing(tmp_path):
    (event,) = _analyse(tmp_path, "alone", _story(LEAD)).candidates
    assert str(event.date) == "2021-10-18", event.date


# --- "از دیشب ... آغاز شده است": a date after «از» before a verb of starting is the start's day --

def test_a_start_from_last_night_dates_the_act_over_a_side_clause(tmp_path):
    text = _story("به گفته وزارت دفاع، رزمایش مشترک ناوهای ایران و روسیه در پی سفر فرمانده نیروی "
                  "دریایی که روز شنبه انجام شد، از دیشب در دریای خزر آغاز شده است.")
    (event,) = _analyse(tmp_path, "started", text).candidates
    assert str(event.date) == "2021-10-17", event.date   # «دیشب», not the side clause's Saturday


# --- "یکشنبه شب گذشته": last Sunday's night, not last night ---------------------------------------

def _told(text, reference="2020-06-17"):   # a Wednesday
    return [(m.text, m.value) for m in dates.find_mentions(
        text, dt.date.fromisoformat(reference), language="fa")]


def test_a_weekdays_night_told_as_past_is_that_weekday():
    # the night's words are part of the weekday's mention (review 8ecb994: cut from a title)
    assert _told("عملیات یکشنبه شب گذشته با حملات جنگنده‌ها آغاز شد.") == [
        ("یکشنبه شب گذشته", "2020-06-14")]
    assert _told("حمله روز جمعه شامگاه گذشته انجام شد.") == [("جمعه شامگاه گذشته", "2020-06-12")]


def test_last_night_alone_or_after_a_full_stop_is_still_last_night():
    assert _told("شب گذشته عملیات آغاز شد.") == [("شب گذشته", "2020-06-16")]
    assert _told("نیروها روز یکشنبه وارد شدند. شب گذشته حمله شد.") == [
        ("یکشنبه", "2020-06-14"), ("شب گذشته", "2020-06-16")]
