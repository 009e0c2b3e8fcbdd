"""Persian rules from the errors of the new real dev articles fa246–fa259 and the known
leftovers of fa18 (helper fa19, issue 11), tested on invented sentences in the style of the
agencies, with near misses that must stay as they were."""

from __future__ import annotations

import datetime as dt

import pytest

from chronology import dates

from . import persian_story

_WEDNESDAY = dt.date(2024, 10, 23)
_SATURDAY = "2024-10-26"   # the first day of a Persian week: last week is 19–25 October


# --- a weekday with its week right after it: the week's words are the weekday's date -------

@pytest.mark.parametrize(("when", "day"), [
    ("یکشنبه هفته گذشته", "2024-10-20"),
    ("روز یکشنبه هفته گذشته", "2024-10-20"),
    ("دوشنبه هفته پیش", "2024-10-21"),
])
def test_a_weekday_of_last_week_leaves_the_title_with_its_week(tmp_path, when, day):
    lead = f"ناوگروه نیروی دریایی روسیه {when} وارد بندرعباس شد."
    text = persian_story.story(lead, published=_SATURDAY)
    (event,) = persian_story.analyse(tmp_path, "week", text).candidates
    assert (str(event.date), event.title) == (
        day, "ناوگروه نیروی دریایی روسیه وارد بندرعباس شد"), event.title


def test_a_weekday_and_a_later_week_stay_two_mentions():
    # near-miss: a weekday of a later week keeps the week as a mention of its own
    found = dates.find_mentions("رزمایش یکشنبه هفته آینده آغاز می‌شود.", _WEDNESDAY,
                                language="fa")
    assert [m.text for m in found] == ["یکشنبه", "هفته آینده"]


def test_a_week_told_apart_from_a_weekday_stays_a_week():
    # near-miss: the week after another word than the weekday is a mention of its own
    found = dates.find_mentions("دیدار یکشنبه در تهران و هفته گذشته در مسکو برگزار شد.",
                                _WEDNESDAY, language="fa")
    assert [m.text for m in found] == ["یکشنبه", "هفته گذشته"]


def test_a_russian_weekday_with_its_week_is_one_mention_too():
    (mention,) = dates.find_mentions("Учения начались в четверг на прошлой неделе.", _WEDNESDAY,
                                     language="ru")
    assert (mention.text, mention.value) == ("четверг на прошлой неделе", "2024-10-17")
