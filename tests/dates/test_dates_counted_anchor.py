"""What comes later counts from the time a count before a date reaches, not from the date
named: "two days after May 3 ... the next day" is May 6; a count the calendar cannot make
("eight trading days after Oct. 12") leaves a later "three days later" out, never guessed."""

from __future__ import annotations

import pytest
from datecases import value_of

REF = "2009-11-20"


@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("Eight days after Oct. 2, the ferry sank. Three days later, divers found it.",
     "Three days later", "2009-10-13"),
    ("The day after Oct. 2, the ferry sank. The next day, divers found it.",
     "The next day", "2009-10-04"),
    ("Two weeks after Oct. 2, the port reopened. The following day, ships left.",
     "The following day", "2009-10-17"),
    ("The day before last Tuesday's vote, the envoy flew home. He was back the next "
     "morning.", "the next morning", "2009-11-17"),
    # no count before the date: from the date itself, as before
    ("The ferry sank on Oct. 2. Three days later, divers found it.", "Three days later",
     "2009-10-05"),
    # the count after the sentence's verb: the word right before the unit is the count
    ("The ferry sank two days after Oct. 2. The next day, divers found it.", "The next day",
     "2009-10-05"),
    ("The ferry sank eight days after Oct. 2. Three days later, divers found it.",
     "Three days later", "2009-10-13"),
])
def test_later_counts_from_the_time_the_count_reaches(text, mention, expected):
    assert value_of(text, REF, mention) == expected


@pytest.mark.parametrize(("text", "mention"), [
    ("Six trading days after Oct. 2, the index had lost 4%. Three days later, it was down 6%.",
     "Three days later"),
    ("Ten business days after Oct. 2, the bid lapsed. The next day, shares fell.",
     "The next day"),
    ("The bid lapsed several days after Oct. 2. The next day, shares fell.", "The next day"),
    ("The bid lapsed ten business days after Oct. 2. The next day, shares fell.",
     "The next day"),
    # a phrase set off after the date that names it again does not hide the count
    ("Six trading days after Oct. 2, the day before the crash, the index had lost 4%. Three "
     "days later, it was down 6%.", "Three days later"),
])
def test_a_count_the_calendar_cannot_make_leaves_later_mentions_out(text, mention):
    assert value_of(text, REF, mention) is None
