"""A stretch a past verb of lasting tells ends at the date after "until"/"through": that date
is past too ("the strike lasted through March", told in February: last March), while a time
granted ("extended the loans through March") or a stretch still ahead may lie ahead."""

from __future__ import annotations

import pytest
from datecases import value_of

REF = "2011-02-14"


@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("The dockers' strike lasted through March.", "March", "2010-03"),
    ("The border talks dragged on until March.", "March", "2010-03"),
    ("The rebels fought through October.", "October", "2010-10"),
    ("The ceasefire held until the summer.", "summer", "2010-SU"),
    ("He served as governor until May.", "May", "2010-05"),
])
def test_a_stretch_that_lasted_ends_in_the_past(text, mention, expected):
    assert value_of(text, REF, mention) == expected


@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("The lenders extended the credit line through March.", "March", "2011-03"),
    ("The deadline was extended until October.", "October", "2011-10"),
    ("The mill will stay closed until October.", "October", "2011-10"),
    ("Officials said the strike would continue until October.", "October", "2011-10"),
])
def test_a_time_granted_or_ahead_stays_ahead(text, mention, expected):
    assert value_of(text, REF, mention) == expected
