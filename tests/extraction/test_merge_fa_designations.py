"""A designation Persian writes with the designer's name in its own script ("سوخو-۳۵" is
the Su-35, "میگ ۲۹" the MiG-29) is the same system as in any other script (issue 11)."""

from __future__ import annotations

import pytest
from one_article import merged_sources, story

from chronology.extraction.crosslang import designations

# Invented: an English wire and a Persian agency report of one delivery, a day apart.
EN_SU35 = story("2023-11-29", "TEHRAN (Example Wire) - Iran received its first Su-35 fighter "
                "jets from Russia on Tuesday, a military source said.")
FA_SU35 = story("2023-11-29", "تهران- ایسنا- نخستین جنگنده‌های سوخو-۳۵ روسیه روز دوشنبه به "
                "ایران رسید.", "fa")
# Invented: two Persian reports of one day, each of another system delivered.
FA_SU35_GIVEN = story("2019-03-05", "تهران- ایرنا- روسیه روز سه‌شنبه یک فروند جنگنده سوخو ۳۵ "
                      "به ایران تحویل داد.", "fa")
FA_MIG29_GIVEN = story("2019-03-05", "تهران- ایسنا- روسیه روز سه‌شنبه بالگرد میگ ۲۹ به ایران "
                       "تحویل داد.", "fa")


@pytest.mark.parametrize(("texts", "together"), [
    ((EN_SU35, FA_SU35), True),  # "Su-35" and "سوخو-۳۵": one system, one delivery
    ((FA_SU35_GIVEN, FA_MIG29_GIVEN), False),  # "سوخو ۳۵" and "میگ ۲۹": two deliveries
])
def test_a_persian_designation_is_one_system_with_its_latin_form(tmp_path, texts, together):
    sources = merged_sources(tmp_path, list(texts))
    assert sources == ([["r0", "r1"]] if together else [["r0"], ["r1"]])


@pytest.mark.parametrize(("text", "found"), [
    ("جنگنده روس از نوع سوخو 24 بوده است.", {"SU-24"}),
    ("یک فروند بمب افکن سوخو-۲۴ روسیه", {"SU-24"}),
    ("سامانه اس ۴۰۰ و جنگنده‌های اف 16 این کشور", {"S-400", "F-16"}),
    ("دو بمب‌افکن تو ۹۵ روسی", {"TU-95"}),
    ("این قرارداد تو ۲۰۱۹ امضا شد", set()),  # four digits: a year, no designation
    ("این ناوها تو ۲۴ ساعت گذشته دو بار پهلو گرفتند", set()),  # a count of hours
    ("ناو تو ۳ روز به بندر رسید", set()),  # a count of days
])
def test_persian_designations_are_read(text, found):
    assert designations(text) == found
