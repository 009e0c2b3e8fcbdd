"""A past week in what someone says, right after a word of a period ("... گفت: در طول هفته
گذشته ..."), is the span of what is counted up to the day of saying: the lead is the day's
statement, dated by the lead convention; a week with no such word, or an act told over a
week with no one saying it, stays as it was (invented sentences, the default Russia–Iran
topic)."""

from __future__ import annotations

import pytest

from . import persian_story


@pytest.mark.parametrize("lead", [
    "سخنگوی نیروی دریایی ایران درباره رزمایش مشترک با روسیه گفت: در طول هفته گذشته، هشت "
    "ناوشکن در آب‌های شمال اقیانوس هند تمرین کرده‌اند.",
    "وزیر دفاع ایران درباره رزمایش مشترک با روسیه گفت که طی هفته گذشته نه ناو در رزمایش "
    "شرکت کرده‌اند.",
])
def test_a_week_spoken_of_as_a_span_leaves_the_lead_the_day(tmp_path, lead):
    result = persian_story.analyse(tmp_path, "span", persian_story.story(lead, published="2024-11-29"))
    assert [e.date for e in result.candidates] == ["2024-11-29"]


@pytest.mark.parametrize("lead", [
    # no one says it: the acts of last week, not the day's news
    "نیروهای دریایی ایران و روسیه در طول هفته گذشته سه رزمایش مشترک برگزار کردند.",
    # talks («گفتگو», «گفت و گو» typed without the ZWNJ) are no one saying: last week's act
    "گفتگوهای دریایی ایران و روسیه در طول هفته گذشته در بندرعباس برگزار شد.",
    "گفت و گوهای دریایی ایران و روسیه در طول هفته گذشته در بندرعباس برگزار شد.",
    # no word of a period: last week's act
    "وزیر دفاع ایران گفت که هفته گذشته قرارداد خرید جنگنده با روسیه امضا شد.",
])
def test_a_week_of_an_act_gets_no_day_of_writing(tmp_path, lead):
    result = persian_story.analyse(tmp_path, "act", persian_story.story(lead, published="2024-11-29"))
    assert "2024-11-29" not in [e.date for e in result.candidates]
