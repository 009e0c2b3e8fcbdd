"""A date line under a breaking-news ticker's heading ("خبر تازه") is a ticker item's or the
page's clock, not the story's date; a section's "latest news" heading may head the story's
own date (invented Persian and Russian texts, written for these tests)."""

from __future__ import annotations

import pytest

from chronology.dates import find_reference

PERIOD = (2015, 2026)
FA_STORY = ("گفتگو با یک معلم درباره روزهای دشوار\n\n"
            "این معلم که سال‌ها در مکتب‌های شهر درس داده است از روزهای دشوار پس از بسته شدن "
            "مکتب‌ها سخن می‌گوید و خاطرات خود را برای ما بازگو می‌کند.\n")
RU_STORY = ("Учитель рассказал о трудных днях\n\n"
            "Учитель, который много лет преподавал в городских школах, рассказал о трудных "
            "днях после закрытия школ и поделился своими воспоминаниями с нашим изданием.\n")


@pytest.mark.parametrize(("text", "language"), [
    ("خبر تازه\nشنبه ۱۲ حمل ۱۴۰۲ کابل ۱۰:۱۵\n\n" + FA_STORY, "fa"),
    ("اخبار تازه\nشنبه ۱۲ حمل ۱۴۰۲ کابل ۱۰:۱۵\n\n" + FA_STORY, "fa"),
])
def test_a_date_under_a_breaking_news_heading_is_not_the_story_s(text, language):
    assert find_reference(text, period=PERIOD, language=language).date is None


@pytest.mark.parametrize(("text", "language"), [
    ("شنبه ۱۲ حمل ۱۴۰۲ کابل ۱۰:۱۵\n\n" + FA_STORY, "fa"),
    ("آخرین اخبار\nشنبه ۱۲ حمل ۱۴۰۲ کابل ۱۰:۱۵\n\n" + FA_STORY, "fa"),  # a section's
    ("Последние новости\n12 марта 2021, 10:15\n\n" + RU_STORY, "ru"),
])
def test_the_same_date_line_without_a_ticker_s_heading_is_the_story_s(text, language):
    assert find_reference(text, period=PERIOD, language=language).date is not None
