"""The page's own date under labels in English on a Russian or Persian page (helper ref18;
every line invented for these tests): a site's template may label its date lines in
English ("Posted", "Published", "Modified", "Updated") over dates in the page's language;
the publication's line is the page's date, not the later edit's."""

from __future__ import annotations

import pytest

from chronology.dates import find_reference

PERIOD = (2010, 2026)
RU_HEADLINE = "В районе отремонтируют сельские дороги\n"
RU_LEAD = ("Власти района выделили средства на ремонт сельских дорог, сообщили в "
           "администрации, добавив, что работы начнутся весной и продлятся до осени.\n\n"
           "Подрядчика выберут на конкурсе.")
FA_HEADLINE = "جاده‌های روستایی شهرستان بازسازی می‌شود\n"
FA_LEAD = ("فرماندار شهرستان گفت که اعتبار بازسازی جاده‌های روستایی تامین شده و کار از "
           "بهار آغاز می‌شود و تا پاییز ادامه خواهد داشت.\n\nپیمانکار با مناقصه انتخاب می‌شود.")


@pytest.mark.parametrize("labels", [
    ("Posted", "Modified"),
    ("Published", "Updated"),
    ("Published:", "Last updated:"),
])
def test_an_english_publication_label_beats_a_later_edit_on_a_russian_page(labels):
    published, edited = labels
    text = (f"{RU_HEADLINE}{published} 14 марта 2019, 09:15\n{edited} 2 октября 2023, 18:40\n"
            f"{RU_LEAD}")
    found = find_reference(text, period=PERIOD, language="ru")
    assert found.iso == "2019-03-14"


def test_an_english_update_label_above_the_publication_on_a_russian_page():
    # a guard: the publication's line below an edit's was read before the English labels too
    text = (f"{RU_HEADLINE}Updated 2 октября 2023, 18:40\nPosted 14 марта 2019, 09:15\n"
            f"{RU_LEAD}")
    assert find_reference(text, period=PERIOD, language="ru").iso == "2019-03-14"


def test_an_english_publication_label_beats_a_later_edit_on_a_persian_page():
    text = (f"{FA_HEADLINE}Published ۲۳ اسفند ۱۳۹۷\nModified ۱۰ مهر ۱۴۰۲\n{FA_LEAD}")
    assert find_reference(text, period=PERIOD, language="fa").iso == "2019-03-14"
