"""A weekend named with a word of before or after goes that way from the reference, whatever
the tense; "the weekend" alone follows the tense."""

from __future__ import annotations

import pytest
from datecases import value_of

REF = "1998-10-14"  # a Wednesday of ISO week 42


@pytest.mark.parametrize(("text", "words", "value"), [
    ("The talks collapsed the previous weekend.", "the previous weekend", "1998-W41-WE"),
    ("Fighting flared the previous weekend, and talks resume the next weekend.",
     "the previous weekend", "1998-W41-WE"),
    ("The talks collapsed last weekend.", "last weekend", "1998-W41-WE"),
    ("The talks collapsed this past weekend.", "this past weekend", "1998-W41-WE"),
    ("The talks will resume next weekend.", "next weekend", "1998-W42-WE"),
    ("The talks will resume the next weekend.", "the next weekend", "1998-W42-WE"),
    ("The rebels attacked over the weekend.", "the weekend", "1998-W41-WE"),
    ("The rebels will march this weekend.", "this weekend", "1998-W42-WE"),
])
def test_a_weekend_goes_the_way_its_word_says(text, words, value):
    assert value_of(text, REF, words) == value
