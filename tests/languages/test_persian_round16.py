"""Persian rules of the sixteenth round (issue 11): causes of errors on the new real dev
articles fa176–fa193 and the review's known cause («ماه جاری» / «سال جاری»), each tested on
invented sentences in the style of the Iranian and Afghan agencies, with near misses that must
stay as they were."""

from __future__ import annotations

import datetime as dt

import pytest

from chronology import dates

ABAN_3 = dt.date(2024, 10, 25)  # 3 Aban 1403: Aban runs 22 October to 20 November 2024
BAHMAN_13 = dt.date(2025, 2, 1)  # 13 Bahman 1403: the Solar year 1403 began on 20 March 2024


def _told(text, reference):
    return [(m.text, m.value) for m in dates.find_mentions(text, reference, language="fa")]


# --- «ماه جاری» / «سال جاری»: the Solar month and year of the day of writing -------------------

def test_the_current_month_is_the_solar_month_of_the_day_of_writing():
    (mention,) = dates.find_mentions("وزیر دفاع در ماه جاری به مسکو سفر کرد.", ABAN_3,
                                     language="fa")
    # most of Aban lies in November, though the day of writing is in October
    assert (mention.text, mention.value, mention.approximate) == ("ماه جاری", "2024-11", True)


def test_the_current_year_is_the_solar_year_of_the_day_of_writing():
    (mention,) = dates.find_mentions("این دومین رزمایش مشترک دو کشور در سال جاری است.",
                                     BAHMAN_13, language="fa")
    # the Solar year 1403, not the Gregorian year 2025 of the day of writing
    assert (mention.text, mention.value, mention.approximate) == ("سال جاری", "2024", True)


@pytest.mark.parametrize(("text", "told"), [
    # a Gregorian word after it names the Gregorian year
    ("قرارداد در سال جاری میلادی امضا شد.", [("سال جاری", "2025")]),
    # a Gregorian month with it is of the Gregorian year, as it was
    ("قرارداد در سپتامبر سال جاری امضا خواهد شد.", [("سپتامبر سال جاری", "2025-09")]),
    # a Solar day with it was already of the Solar year
    ("این دیدار در ۲۵ دی ماه سال جاری انجام شد.", [("۲۵ دی ماه سال جاری", "2025-01-14")]),
])
def test_a_gregorian_word_or_a_month_with_the_current_year_stays(text, told):
    assert _told(text, BAHMAN_13) == told
