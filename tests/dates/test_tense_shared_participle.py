"""A past participle joined by "and" or "or" to one a "be" governs shares that "be": "are
expected to be reviewed and approved in May" tells a plan, both participles ahead; a past
verb's participles stay past ("was assembled and tested in May")."""

from __future__ import annotations

import pytest
from datecases import value_of

CASES = [
    ("The two contracts are expected to be reviewed and approved during the minister's trip "
     "to Lima in May.", "2031-02-14", "May", "2031-05"),
    ("The corvette is to be repainted or refitted in May, the yard said.", "2031-02-14", "May",
     "2031-05"),
    ("The drone was assembled and tested in May, the company said.", "2031-02-14", "May",
     "2030-05"),
]


@pytest.mark.parametrize(("text", "reference", "mention", "expected"), CASES)
def test_shared_participle(text, reference, mention, expected):
    assert value_of(text, reference, mention) == expected
