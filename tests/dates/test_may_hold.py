"""``patterns.may_hold``: the cheap test before a case-blind search says False only where the
search cannot match."""

import re

from chronology.dates.patterns import may_hold
from chronology.dates.reference import _FIRST_PUBLISHED


def test_an_ascii_text_without_the_word_cannot_match():
    assert not may_hold("The ferry left port on Monday.", "first", "originally")
    assert may_hold("The FIRST ferry left port.", "first")
    assert may_hold("It originally ran in the harbour weekly.", "first", "originally")


def test_other_letters_are_left_to_the_search():
    # a case-blind "first" matches a dotless or dotted i and a long s
    for text in ("fırst published", "FİRST published", "firſt published"):
        assert re.search("first", text, re.IGNORECASE)
        assert may_hold(text, "first")
        assert _FIRST_PUBLISHED.search(text)


def test_a_series_first_one_needs_the_word_first():
    # years._LaterOrdinals tests may_hold(text, "first") before its search
    from chronology.dates import years

    assert years._SERIES_FIRST.pattern.startswith(r"\bfirst\b")
    assert not years._LaterOrdinals("The second patrol ended.", []).possible
    assert years._LaterOrdinals("The First patrol ended in 2019.", []).possible
