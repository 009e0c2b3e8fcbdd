""""the 1800s", a whole century before the reference's year, is that century (TimeML ``18``,
as "the 19th century"), not the decade 1800-1809; a decade of the reference's own century
stays a decade."""

from __future__ import annotations

import pytest
from datecases import value_of

REF = "1989-10-26"


@pytest.mark.parametrize("text,mention,value", [
    ("The mill was built in the late 1800s.", "the late 1800s", "18"),
    ("The port was founded in the 1700s.", "the 1700s", "17"),
    ("The canal opened in the early 1900s.", "the early 1900s", "190"),
    ("Prices doubled in the 1970s.", "the 1970s", "197"),
])
def test_hundreds(text, mention, value):
    assert value_of(text, REF, mention) == value
