"""A verb of wanting or expecting with an object and then its infinitive ("expects the ship
to dock on Saturday", "wants the firm to reopen the mill on Monday"): the act waited for
lies ahead, as with no object between ("expects to dock")."""

from __future__ import annotations

import pytest
from datecases import value_of

REF = "2015-01-21"  # a Wednesday


@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("Port officials expect the tanker to dock Saturday.", "Saturday", "2015-01-24"),
    ("The union wants the firm to reopen the mill on Monday.", "Monday", "2015-01-26"),
    ("Aides said they expect the envoy to arrive on Friday.", "Friday", "2015-01-23"),
    ("The ministry wants both sides to sign the accord by Tuesday.", "Tuesday",
     "2015-01-27"),
    # with no object the same, as before
    ("The board expects to decide on Monday.", "Monday", "2015-01-26"),
])
def test_the_infinitive_after_an_object_lies_ahead(text, mention, expected):
    assert value_of(text, REF, mention) == expected


@pytest.mark.parametrize(("text", "mention", "expected"), [
    # the object's own clause tells a past act ("that sailed Monday")
    ("The firm wants the cargo that sailed Monday to reach Rotterdam.", "Monday",
     "2015-01-19"),
    # a past verb of wanting: the infinitive keeps its past
    ("The union wanted the firm to reopen the mill on Monday.", "Monday", "2015-01-19"),
])
def test_no_look_ahead_without_an_infinitive_of_the_present(text, mention, expected):
    assert value_of(text, REF, mention) == expected
