"""Review rv18b item 1: in "4 и 18 мая" the first day takes the month written after the second
only when that month is a whole word: Gregorian «مه» (May) is not the start of the Solar month
«مهر», nor of «مهمات»; Russian «мар» is no March in «маршрута».  Invented phrases."""

from __future__ import annotations

import pytest

from chronology.dates.lexical import find_candidates


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("۷ و ۹ مهر", "fa", [("solar-day-month", "۹ مهر")]),
    ("بین ۱۱ و ۲۵ مهر", "fa", [("solar-day-month", "۲۵ مهر")]),
    ("۶ و ۸ مهر ۱۴۰۱", "fa", [("solar-day-month", "۸ مهر ۱۴۰۱")]),
    ("۵ و ۷ مهمات", "fa", []),
    ("5 и 7 маршрута", "ru", []),
    # the near misses that stay: the month a whole word
    ("۶ و ۱۹ مه", "fa", [("day-month", "۶"), ("day-month", "۱۹ مه")]),
    ("6 и 19 мая", "ru", [("day-month", "6"), ("day-month", "19 мая")]),
])
def test_the_month_after_the_second_day_is_a_whole_word(text, language, expected):
    assert [(c.kind, c.text) for c in find_candidates(text, language)] == expected
