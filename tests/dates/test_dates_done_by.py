"""A deadline word ("by", "before") after a past act tells a past date: the act was done by
then.  Ahead stay a future act, a present one reported by a speech verb, and an act an
infinitive puts ahead of a past verb."""

from __future__ import annotations

import pytest
from datecases import value_of

REF = "1998-01-08"  # a Thursday, two weeks after Christmas


@pytest.mark.parametrize("text,mention,value", [
    ("The bakery closed its doors before Christmas.", "Christmas", "1997-12-25"),
    ("Just before Christmas, the bakery closed.", "Christmas", "1997-12-25"),
    ("The mayor said the bakery closed before Christmas.", "Christmas", "1997-12-25"),
    ("Ticket sales had doubled by Jan. 5.", "Jan. 5", "1998-01-05"),
    ("By Jan. 5, ticket sales had doubled.", "Jan. 5", "1998-01-05"),
    ("The ferry left port before New Year's Day.", "New Year's Day", "1998-01-01"),
])
def test_deadline_after_a_past_act_is_past(text, mention, value):
    assert value_of(text, REF, mention) == value


@pytest.mark.parametrize("text,mention,value", [
    ("The bakery will close before Christmas.", "Christmas", "1998-12-25"),
    ("Before Christmas, the bakery will close.", "Christmas", "1998-12-25"),
    ("The mayor said the bakery closes before Christmas.", "Christmas", "1998-12-25"),
    ("The town agreed to sell the mill by Jan. 25.", "Jan. 25", "1998-01-25"),
    ("The plan called for the mill to be sold by Jan. 25.", "Jan. 25", "1998-01-25"),
    ("The offer expires Jan. 25.", "Jan. 25", "1998-01-25"),
    ("The mill was shut until Jan. 25.", "Jan. 25", "1998-01-25"),
])
def test_deadline_ahead_stays_ahead(text, mention, value):
    assert value_of(text, REF, mention) == value
