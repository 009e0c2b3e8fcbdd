"""Irregular past forms tell a past clause ("caught", "sang", "froze"): a month or a named day
told with them is the one before the reference, not the nearest one ahead."""

from __future__ import annotations

import pytest
from datecases import value_of

REF = "1989-10-26"


@pytest.mark.parametrize("text,mention,value", [
    ("Rangers caught the poacher in December.", "December", "1988-12"),
    ("The lake froze in December.", "December", "1988-12"),
    ("The twins slept in the barn in December.", "December", "1988-12"),
    ("Choirs sang on Martin Luther King Day.", "Martin Luther King Day", "1989-01-16"),
    ("The crowd wept on Christmas Eve.", "Christmas Eve", "1988-12-24"),
])
def test_irregular_past_tells_the_past(text, mention, value):
    assert value_of(text, REF, mention) == value


def test_present_clause_keeps_the_nearest_month():
    assert value_of("The lake freezes in December.", REF, "December") == "1989-12"


@pytest.mark.parametrize("text", [
    # forms that double as adjectives are no past verbs
    "Polls in Brenmark point to a hung council in December.",
    "Critics of the Velda Courier fear a woke agenda in December.",
])
def test_past_forms_used_as_adjectives_keep_the_nearest_month(text):
    assert value_of(text, REF, "December") == "1989-12"
