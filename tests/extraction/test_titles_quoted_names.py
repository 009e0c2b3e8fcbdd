"""Headlines keep a quoted name the words before it describe, cut at a value phrase, and drop
the sentence's comma before a closing quotation mark."""

from __future__ import annotations

import pytest

from chronology.extraction.titles import make_title


@pytest.mark.parametrize(("sentence", "title"), [
    # the quotation is the noun of "a landmark 10-year": kept whole, not cut before it
    ("Iran and Russia have signed a landmark 20-year “Treaty on Comprehensive Strategic "
     "Partnership,” marking a significant milestone in the deepening of their defence ties.",
     "Iran and Russia sign landmark 20-year “Treaty on Comprehensive Strategic Partnership”"),
    # too long: cut before the value phrase ("worth …"), not before the deal's object
    ("In a strategic move to strengthen its navy, Iran has sealed a deal to acquire at least "
     "five Russian Project 22350 frigates worth $10 billion.",
     "Iran seals deal to acquire at least five Russian Project 22350 frigates"),
])
def test_quoted_names_and_values(sentence, title):
    assert make_title(sentence, [], {}, False) == title
