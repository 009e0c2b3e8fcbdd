"""A wire dateline with its year and a clock before the agency (helper ref18; every line
invented for these tests): "Казань, 14 марта, 2019, 09:15 — ИА Пример." and a Persian one
with the clock after its comma ("..., ۰۹:۱۵ -") date the story on their day, as they do
without the clock."""

from __future__ import annotations

import pytest

from chronology.dates import find_reference

PERIOD = (2010, 2026)
HEADLINE = "В районе отремонтируют сельские дороги\n"
LEAD = ("Власти района выделили средства на ремонт сельских дорог, сообщили в "
        "администрации, добавив, что работы начнутся весной и продлятся до осени.\n\n"
        "Подрядчика выберут на конкурсе.")


@pytest.mark.parametrize("dateline", [
    "Казань, 14 марта, 2019, 09:15 — ИА Пример.",
    "Казань, 14 марта, 2019, 09:15 - ИА Пример.",
    "Казань, 14 марта 2019, 09:15 — ИА Пример.",
    "Казань, 14 марта, 2019 — ИА Пример.",
])
def test_a_dateline_with_its_year_and_a_clock_dates_the_story(dateline):
    found = find_reference(f"{HEADLINE}{dateline} {LEAD}", period=PERIOD, language="ru")
    assert found.iso == "2019-03-14"


def test_a_clock_in_the_story_after_a_dated_sentence_is_no_dateline():
    text = (f"{HEADLINE}Работы, начатые 14 марта, 2019, 09:15 утра по местному времени, "
            f"продолжаются. {LEAD}")
    assert find_reference(text, period=PERIOD, language="ru").iso is None


FA_LEAD = ("فرماندار شهرستان گفت که اعتبار بازسازی جاده‌های روستایی تامین شده و کار از "
           "بهار آغاز می‌شود و تا پاییز ادامه خواهد داشت.\n\nپیمانکار با مناقصه انتخاب می‌شود.")


def test_a_persian_dateline_with_a_clock_after_its_comma_dates_the_story():
    text = f"جاده‌های روستایی بازسازی می‌شود\nتهران- خبرگزاری نمونه- ۲۳ اسفند ۱۳۹۷، ۰۹:۱۵ - {FA_LEAD}"
    assert find_reference(text, period=PERIOD, language="fa").iso == "2019-03-14"
