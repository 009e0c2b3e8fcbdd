"""A relative phrase that starts a longer one is no mention of its own (issue 11, reviewer's
near misses): "همین هفته گذشته" is last week, "на этой неделе в прошлом году" is no week of
writing. Invented sentences in the style of the agencies."""

from __future__ import annotations

import datetime as dt

import pytest

from chronology import dates

FRIDAY = dt.date(2025, 10, 17)  # in ISO week 2025-W42


def _told(text, language):
    return [(m.text, m.value) for m in dates.find_mentions(text, FRIDAY, language=language)]


@pytest.mark.parametrize(("text", "language", "told"), [
    # "just last week": the week before, not this one
    ("هیئت نظامی همین هفته گذشته به مسکو سفر کرد.", "fa", [("هفته گذشته", "2025-W41")]),
    ("وزیران دفاع همین هفته پیش در تهران دیدار کردند.", "fa", [("هفته پیش", "2025-W41")]),
    # "this same week last year": no week of writing
    ("در همین هفته سال گذشته رزمایش مشترکی برگزار شد.", "fa", [("سال گذشته", "2024")]),
    ("Учения прошли на этой неделе в прошлом году.", "ru", [("в прошлом году", "2024")]),
    # "in this weekly" (written with a space): no date at all
    ("در این هفته نامه آمده است که قرارداد امضا شد.", "fa", []),
])
def test_the_longer_phrase_wins(text, language, told):
    assert _told(text, language) == told


@pytest.mark.parametrize(("text", "language", "told"), [
    # "this week, before the trip" and "next week, after the talks": the phrase stands
    ("وزیر همین هفته قبل از سفر به مسکو گفت‌وگو کرد.", "fa", [("همین هفته", "2025-W42")]),
    ("هیئت هفته آینده بعد از مذاکرات به تهران می‌رود.", "fa", [("هفته آینده", "2025-W43")]),
    ("Министр на этой неделе провел переговоры.", "ru", [("на этой неделе", "2025-W42")]),
])
def test_a_phrase_before_other_words_stands(text, language, told):
    assert _told(text, language) == told
