"""Persian rules from the dev misses left after rounds fa18 and fa19 (helper fa20, issue 11),
tested on invented sentences in the style of the agencies, with near misses that must stay as
they were."""

from __future__ import annotations

import datetime as dt

import pytest

from chronology import dates

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
