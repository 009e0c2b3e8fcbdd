"""Direction of a weekday from the words around it (helper engine23; every sentence invented
for these tests).  The reference is a Wednesday, 2021-03-10.

- A possessive weekday whose occasion is the subject of a verb that looks ahead ("X's talks
  will focus on …") or the object of taking part in a form that looks ahead ("will attend
  X's meeting") is still to come; a thing done ("X's agreement will allow …") and an act on it
  ("will appeal X's ruling") stay past, and so does an occasion inside a phrase ("votes cast
  in X's election will be counted").  An occasion waited for ("must leave before X's
  deadline") is still to come when its clause looks ahead.
- "bids are due by Friday", "is expected by Friday": a schedule's deadline lies ahead.
"""

from __future__ import annotations

import pytest
from datecases import value_of

WED = "2021-03-10"


@pytest.mark.parametrize(("text", "mention", "value"), [
    ("Tuesday's talks will focus on trade, the minister said.", "Tuesday", "2021-03-16"),
    ("Tuesday's talks in the capital will focus on trade.", "Tuesday", "2021-03-16"),
    ("Sunday's presidential vote is expected to return him to power.", "Sunday",
     "2021-03-14"),
    ("Friday's deadline will not be extended, the ministry said.", "Friday", "2021-03-12"),
    ("The minister will attend Tuesday's meeting in the capital.", "Tuesday", "2021-03-16"),
    ("The envoy plans to host Friday's summit.", "Friday", "2021-03-12"),
    # past: a thing done, an act on it, talks already begun, a past trip to them
    ("Monday's agreement will allow the first deliveries to start.", "Monday", "2021-03-08"),
    ("The company will appeal Tuesday's ruling.", "Tuesday", "2021-03-09"),
    ("Tuesday's talks will resume after the holiday.", "Tuesday", "2021-03-09"),
    ("The envoy flew to the capital to attend Tuesday's talks.", "Tuesday", "2021-03-09"),
    ("Tuesday's talks ended without a deal.", "Tuesday", "2021-03-09"),
    # an occasion in a phrase is no subject of the verb after it
    ("Votes cast in Sunday's election will be counted by hand.", "Sunday", "2021-03-07"),
    ("Results for Sunday's election will be announced soon.", "Sunday", "2021-03-07"),
    # an occasion waited for ("before", "until") in a clause that looks ahead is to come
    ("The rebels must leave before Friday's deadline.", "Friday", "2021-03-12"),
    ("The rebels have until Friday's deadline to leave.", "Friday", "2021-03-12"),
    ("The rebels left before Friday's deadline.", "Friday", "2021-03-05"),
    ("Officials will review Friday's vote.", "Friday", "2021-03-05"),
])
def test_a_possessive_weekday_looks_ahead_with_its_occasion(text, mention, value):
    assert value_of(text, WED, mention) == value


@pytest.mark.parametrize(("text", "mention", "value"), [
    ("Bids are due by Friday.", "Friday", "2021-03-12"),
    ("The report is expected by Friday, officials said.", "Friday", "2021-03-12"),
    ("The report was expected by Friday.", "Friday", "2021-03-05"),
])
def test_a_schedule_with_its_deadline_looks_ahead(text, mention, value):
    assert value_of(text, WED, mention) == value
