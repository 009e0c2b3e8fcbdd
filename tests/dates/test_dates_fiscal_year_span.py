""""fiscal year 1997", "financial year 2019": the year with its kind, one span (TimeML marks
the whole phrase)."""

from __future__ import annotations

import pytest
from datecases import mention_texts, value_of

REF = "1998-10-14"


@pytest.mark.parametrize(("text", "words", "value"), [
    ("The unit was sold in fiscal year 1997.", "fiscal year 1997", "1997"),
    ("Sales rose in the fiscal year 1996, the firm said.", "the fiscal year 1996", "1996"),
    ("The budget for financial year 2019 was approved.", "financial year 2019", "2019"),
    ("Sales rose in calendar year 1995.", "calendar year 1995", "1995"),
])
def test_a_year_named_with_its_kind_is_one_span(text, words, value):
    assert mention_texts(text, REF) == [words]
    assert value_of(text, REF, words) == value
