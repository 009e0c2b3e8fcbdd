"""A thing's development milestone right before its date ("… and it completed its maiden
flight in May 2027"), in a sentence naming one side at most, is the maker's programme: a
side fact, no event of the relationship (issue 9 item 7). A flight that names both sides
("an Iranian pilot flew … with Russian instructors on its first flight on May 3") is kept."""

from __future__ import annotations

import pytest
from one_article import article_events

LEAD = ("TEHRAN, June 2 (Example News) - Iran signed a contract with Russia on Monday to buy "
        "twelve Zefir-9 trainer jets, the Iranian defence ministry said.")


@pytest.mark.parametrize(("second", "dates"), [
    ("The Zefir-9 is Russia's newest trainer jet and it completed its maiden flight in May "
     "2027, but serial production begins in 2031.", ["2030-06-03"]),
    ("The Zefir-9 is Russia's newest trainer jet and it made its first flight in early 2027.",
     ["2030-06-03"]),
    # near miss: the flight names both sides, an act of the two
    ("An Iranian test pilot flew the Zefir-9 on its first flight in Iran with Russian "
     "instructors in May 2030.", ["2030-05", "2030-06-03"]),
])
def test_a_development_milestone_is_a_side_fact(tmp_path, second, dates):
    events = article_events(tmp_path, "2030-06-04", LEAD + "\n\n" + second)
    assert sorted(e.date for e in events) == dates
