"""Persian leads of round fa21 (issue 11), tested on invented sentences in the style of the
agencies, with near misses that must stay as they were."""

from __future__ import annotations

from functools import partial

import pytest

from . import persian_story

_analyse = persian_story.analyse
_story = partial(persian_story.story, published="2025-10-11")


# --- a lead's present of an act done by someone is the day's news act -------------------------

@pytest.mark.parametrize(("story", "dated"), [
    # a past frame over an act told in the present: the day's news, as a headline's present
    ("به گزارش ایرنا، وزارت دفاع روسیه تاکید کرد، نیروهای روسیه و ایران در مرز مشترک "
     "رزمایش مشترک برگزار می‌کنند.", True),
    ("وزارت دفاع روسیه اعلام کرد، روسیه به ایران جنگنده‌های سوخو ۳۵ تحویل می‌دهد.", True),
    # near misses: a habit, or a passive of what the sides are held to be
    ("نیروهای روسیه و ایران هر سال در دریای خزر رزمایش مشترک برگزار می‌کنند.", False),
    ("روسیه و ایران در منطقه رقبای اقتصادی محسوب می‌شوند.", False),
    # a time ahead: a plan, not the day's act
    ("وزارت دفاع روسیه اعلام کرد، روسیه در ماه‌های آینده به ایران جنگنده‌های سوخو ۳۵ تحویل "
     "می‌دهد.", False),
])
def test_a_leads_present_of_an_act_is_the_days_news(tmp_path, story, dated):
    result = _analyse(tmp_path, "lead-present", _story(story))
    assert [c.date for c in result.candidates] == (["2025-10-11"] if dated else []), \
        result.explain
    if dated:
        assert result.candidates[0].sources[0].rule == "dateline-lead"
