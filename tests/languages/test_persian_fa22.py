"""Persian rules of the eleventh real round (helper fa22, issue 11), tested on invented
sentences in the style of the agencies (IRNA, Mehr, Radio Azadi), with near misses that must
stay as they were."""

from __future__ import annotations

import datetime as dt

import pytest

from chronology import dates

FRIDAY = dt.date(2025, 10, 17)  # in ISO week 2025-W42


def _told(text, reference=FRIDAY):
    return [(m.text, m.value) for m in dates.find_mentions(text, reference, language="fa")]


# --- "this week" is a date mention, the week of writing -----------------------------------------

@pytest.mark.parametrize(("text", "told"), [
    ("نیروهای دو کشور همین هفته رزمایش مشترکی را در مرز آغاز کردند.", ("همین هفته", "2025-W42")),
    ("وزیران دفاع این هفته، در مسکو دیدار و گفت‌وگو کردند.", ("این هفته", "2025-W42")),
    ("هیئت نظامی این هفته به کابل سفر کرد.", ("این هفته", "2025-W42")),
    # a part of it: "early this week"
    ("نیروهای مرزی در اوایل همین هفته درگیر یک نبرد خونین شدند.", ("همین هفته", "2025-W42")),
    # glued by a non-joiner, the word the writer meant
    ("هیئت نظامی همین\u200cهفته به تهران رفت.", ("همین\u200cهفته", "2025-W42")),
])
def test_this_week_is_the_week_of_writing(text, told):
    assert _told(text) == [told]


@pytest.mark.parametrize("text", [
    "این هفته\u200cها برای مذاکره کنندگان دشوار بوده است.",   # "these weeks": a plural, no date
    "در این هفته\u200cهای پرتنش دو طرف بارها گفت‌وگو کردند.",
])
def test_a_suffix_after_the_non_joiner_makes_another_word(text):
    assert _told(text) == []


def test_a_weekday_of_this_week_stays_a_day():
    told = _told("وزیران دوشنبه این هفته در مسکو دیدار کردند.")
    assert [value for _, value in told] == ["2025-10-13"]
