"""The site's list of its latest stories under a Russian or Persian story (helper ref18;
every line invented for these tests): a page with no date line of its own may close with
"Последние новости" or "آخرین اخبار" over headlines and their dates; those dates are the
listed stories', and the page stays undated.  Above the story, the same heading may head
the story's own date line, which is still read."""

from __future__ import annotations

import pytest

from chronology.dates import find_reference

PERIOD = (2010, 2026)
RU_HEADLINE = "В районе отремонтируют сельские дороги\n"
RU_LEAD = ("Власти района выделили средства на ремонт сельских дорог, сообщили в "
           "администрации, добавив, что работы начнутся весной и продлятся до осени.\n"
           "Подрядчика выберут на конкурсе.\n")
RU_LIST = ("Автобусы пойдут по новому маршруту\n21-10-2024 -\n"
           "В парке высадили сто деревьев\n21-10-2024\n")
FA_HEADLINE = "جاده‌های روستایی شهرستان بازسازی می‌شود\n"
FA_LEAD = ("فرماندار شهرستان گفت که اعتبار بازسازی جاده‌های روستایی تامین شده و کار از "
           "بهار آغاز می‌شود و تا پاییز ادامه خواهد داشت.\nپیمانکار با مناقصه انتخاب می‌شود.\n")
FA_LIST = "مسیر تازه اتوبوس‌های شهری اعلام شد\n۲۹ مهر ۱۴۰۳\n"


@pytest.mark.parametrize("heading", ["Последние новости", "Ещё по теме", "Свежие новости"])
def test_the_sites_latest_stories_under_a_russian_story_date_nothing(heading):
    text = f"{RU_HEADLINE}{RU_LEAD}{heading}\n{RU_LIST}"
    assert find_reference(text, period=PERIOD, language="ru").iso is None


def test_the_russian_pages_own_date_line_over_the_story_stays_its_date():
    text = f"{RU_HEADLINE}14-03-2019\n{RU_LEAD}Последние новости\n{RU_LIST}"
    assert find_reference(text, period=PERIOD, language="ru").iso == "2019-03-14"


def test_a_latest_news_heading_over_the_russian_story_still_heads_its_date():
    text = f"Последние новости\n{RU_HEADLINE}14 марта 2019, 09:15\n{RU_LEAD}"
    assert find_reference(text, period=PERIOD, language="ru").iso == "2019-03-14"


@pytest.mark.parametrize("heading", ["آخرین اخبار", "تازه‌ترین خبرها"])
def test_the_sites_latest_stories_under_a_persian_story_date_nothing(heading):
    text = f"{FA_HEADLINE}{FA_LEAD}{heading}\n{FA_LIST}"
    assert find_reference(text, period=PERIOD, language="fa").iso is None
