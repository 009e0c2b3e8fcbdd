"""A month naming a futures contract ("December futures", "the May contract" in a story of
futures) is the next such month at or after the reference, whatever the tense of the report:
contracts trade for months ahead."""

from __future__ import annotations

import pytest
from datecases import mention_texts, value_of

REF = "1989-10-26"


@pytest.mark.parametrize("text,mention,value", [
    ("December futures fell 2 cents.", "December", "1989-12"),
    ("March futures were unchanged.", "March", "1990-03"),
    ("Barley futures slipped; the May contract lost a cent.", "May", "1990-05"),
    ("May options rose as commodity traders in Tarnby bought.", "May", "1990-05"),
    ("Oat futures rose; the January contract gained 3 cents.", "January", "1990-01"),
    ("October options expired worthless.", "October", "1989-10"),
])
def test_contract_month_is_ahead(text, mention, value):
    assert value_of(text, REF, mention) == value


@pytest.mark.parametrize("text,mention,value", [
    # a contract signed in a month, with no futures in sight: the month of the act
    ("The navy signed the March contract with the shipyard.", "March", "1989-03"),
    ("The mill was sold in December.", "December", "1988-12"),
    # after a preposition of time, a plain month
    ("In December options were scarce for the farmers of Ostvik.", "December", "1988-12"),
    # options with no futures in the sentence: stock options of a wage deal
    ("The union approved the March contract, which gives workers stock options.", "March",
     "1989-03"),
    # a futures word only in another sentence
    ("Barley futures slipped. The dockers signed the May contract.", "May", "1989-05"),
    # a past expiry keeps the tense
    ("Rye futures eased; the September contract expired last month.", "September", "1989-09"),
    ("September futures expired on Sept. 20.", "September", "1989-09"),
])
def test_other_months_keep_the_tense(text, mention, value):
    assert value_of(text, REF, mention) == value


def test_may_as_a_verb_is_no_month():
    assert mention_texts("Officials may contract the work out.", REF) == []
