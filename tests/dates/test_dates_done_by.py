"""A deadline word ("by", "before") after a past act tells a past date: the act was done by
then.  Ahead stay a future act, a present one reported by a speech verb, an act an
infinitive puts ahead of a past verb, a past form a present or modal verb governs, and one
in a relative clause."""

from __future__ import annotations

import pytest
from datecases import value_of

REF = "1998-01-08"  # a Thursday, two weeks after Christmas


@pytest.mark.parametrize("text,mention,value", [
    ("The bakery closed its doors before Christmas.", "Christmas", "1997-12-25"),
    ("Just before Christmas, the bakery closed.", "Christmas", "1997-12-25"),
    ("The mayor said the bakery closed before Christmas.", "Christmas", "1997-12-25"),
    ("Ticket sales had doubled by December.", "December", "1997-12"),
    ("By December, ticket sales had doubled.", "December", "1997-12"),
    # "to" before a noun or a number is a preposition, no infinitive
    ("The ferry returned to port before Christmas.", "Christmas", "1997-12-25"),
    ("Sales of the Brindle Gazette rose to a record before Christmas.", "Christmas",
     "1997-12-25"),
    ("The ferry left port before New Year's Day.", "New Year's Day", "1998-01-01"),
])
def test_deadline_after_a_past_act_is_past(text, mention, value):
    assert value_of(text, REF, mention) == value


@pytest.mark.parametrize("text,mention,value", [
    ("The bakery will close before Christmas.", "Christmas", "1998-12-25"),
    ("Before Christmas, the bakery will close.", "Christmas", "1998-12-25"),
    ("The mayor said the bakery closes before Christmas.", "Christmas", "1998-12-25"),
    ("The town agreed to sell the mill before Christmas.", "Christmas", "1998-12-25"),
    ("The plan called for the mill to be sold by December.", "December", "1998-12"),
    ("The mill was shut until Christmas.", "Christmas", "1998-12-25"),
    # a past form a present or modal verb governs, or one in a relative clause
    ("The town of Varnholt wants all debts settled before Christmas.", "Christmas",
     "1998-12-25"),
    ("The mayor expects the bridge completed before Christmas.", "Christmas", "1998-12-25"),
    ("The firm, which was founded in 1990, needs the money before Christmas.", "Christmas",
     "1998-12-25"),
    ("Residents who lost homes can apply before Christmas.", "Christmas", "1998-12-25"),
    ("Before Christmas, residents who lost homes can apply.", "Christmas", "1998-12-25"),
])
def test_deadline_ahead_stays_ahead(text, mention, value):
    assert value_of(text, REF, mention) == value
