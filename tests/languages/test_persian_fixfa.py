"""Persian fixes of review rv17 (helper fixfa), tested on invented sentences in the style of
the agencies, with near misses that must stay as they were."""

from __future__ import annotations

import pytest


def _story(*paragraphs):
    from . import persian_story
    return persian_story.story(*paragraphs, published="2024-11-29")


def _events(tmp_path, name, text):
    from . import persian_story
    result = persian_story.analyse(tmp_path, name, text)
    return [(c.event.date, sorted(c.entities.countries)) for c in result.found], result.explain


LEAD = "نیروهای دریایی ایران و روسیه امروز رزمایش مشترکی را در دریای خزر آغاز کردند."


# --- a third country takes part only when the takes-part phrase is its own (item 5) ---------

@pytest.mark.parametrize("sentence", [
    "ناوهای روسیه در این رزمایش شرکت دارند و ارمنستان در ماه مه سامانه‌های پدافندی ساخت روسیه "
    "را تحویل گرفت.",
    "ارمنستان در ماه مه سامانه‌های پدافندی ساخت روسیه را تحویل گرفت و ناوهای روسیه در این "
    "رزمایش شرکت دارند.",
    "ارمنستان در ماه مه سامانه‌های پدافندی ساخت روسیه را تحویل گرفت، ناوهای روسیه نیز در این "
    "رزمایش حضور دارند.",
])
def test_another_clause_taking_part_keeps_no_third_countrys_act(tmp_path, sentence):
    told, why = _events(tmp_path, "other_clause", _story(LEAD, sentence))
    assert not any(date == "2024-05" for date, _ in told), why
    assert any("skipped (off topic: names Russia with Armenia" in line for line in why), why


@pytest.mark.parametrize("sentence", [
    "سخنگوی رزمایش روز سه‌شنبه گفت که یک ناوشکن چینی نیز در این رزمایش شرکت دارد.",
    "سخنگوی رزمایش روز سه‌شنبه گفت که یک ناوشکن چینی و ناوهای روسیه در این رزمایش شرکت دارند.",
])
def test_a_third_country_taking_part_is_of_the_occasion(tmp_path, sentence):
    told, why = _events(tmp_path, "joins", _story(LEAD, sentence))
    assert any(date == "2024-11-26" for date, _ in told), why
