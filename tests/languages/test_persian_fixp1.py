"""Persian defects a review found in the rules of the sixteenth and seventeenth rounds (issue
11), each tested on invented sentences in the style of the Iranian agencies, with near misses
that must stay as they were."""

from __future__ import annotations

import datetime as dt

import pytest

from chronology import dates

ORDIBEHESHT_5 = dt.date(2023, 4, 25)  # 5 Ordibehesht 1402: Ordibehesht runs 21 April to 21 May
ABAN_3 = dt.date(2024, 10, 25)  # 3 Aban 1403: Aban runs 22 October to 20 November 2024


def _told(text, reference):
    return [(m.text, m.value) for m in dates.find_mentions(text, reference, language="fa")]


# --- «ماه جاری» / «سال جاری» in a past clause: never after the day of writing --------------------

@pytest.mark.parametrize(("text", "reference", "told"), [
    # a past act this Solar month lies between its first day and the day of writing
    ("ایران و روسیه در ماه جاری رزمایش مشترک دریایی در خزر برگزار کردند.", ORDIBEHESHT_5,
     [("ماه جاری", "2023-04")]),
    ("وزیر دفاع در ماه جاری به مسکو سفر کرد.", ABAN_3, [("ماه جاری", "2024-10")]),
    # a past act early this Solar year: 1 Farvardin 1402 (21 March 2023) to the day of writing
    ("ایران و روسیه اواخر سال جاری قرارداد خرید جنگنده را امضا کردند.", ORDIBEHESHT_5,
     [("اواخر سال جاری", "2023-04")]),
])
def test_a_past_act_in_the_current_solar_month_or_year_is_not_after_the_reference(
        text, reference, told):
    assert _told(text, reference) == told


@pytest.mark.parametrize(("text", "told"), [
    # a plan: the whole Solar month, most of Ordibehesht in May
    ("رزمایش مشترک دو کشور در ماه جاری در خزر برگزار خواهد شد.", [("ماه جاری", "2023-05")]),
    ("رزمایش مشترک دو کشور در ماه جاری در خزر برگزار می‌شود.", [("ماه جاری", "2023-05")]),
])
def test_the_current_solar_month_ahead_stays_whole(text, told):
    assert _told(text, ORDIBEHESHT_5) == told
