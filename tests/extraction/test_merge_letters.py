"""Two reports of one language compare their words by stems (``crosslang``): a Persian word
written with the Arabic letter forms ("رئيس", "كشور") is the word written with the Persian
ones ("رئیس", "کشور"), and a Russian "ё" is an "е", as the site's search folds them.
Words invented."""

from __future__ import annotations

from chronology.extraction.crosslang import _stems


def test_arabic_letter_forms_are_the_persian_letters():
    assert _stems("رئيسجمهور روسيه وارد كشور شد") == _stems("رئیسجمهور روسیه وارد کشور شد")


def test_russian_yo_is_ye():
    assert _stems("Учёные объявили о своём решении") == _stems("Ученые объявили о своем решении")


def test_a_zero_width_non_joiner_joins_the_word():
    assert _stems("رئیس\u200cجمهور") == _stems("رئیسجمهور")
