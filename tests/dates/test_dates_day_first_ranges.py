"""A range of days written before the month, as most of the world writes dates ("5-6
October", "12-16 September 2019", "from 5 to 8 March"): one mention, the first day and the
last as ``end_value``; not a list of counts before a month."""

from __future__ import annotations

import pytest
from datecases import mention_texts, range_of

REF = "1998-10-14"


@pytest.mark.parametrize(("text", "words", "ends"), [
    ("The summit was held on 5-6 October.", "5-6 October", ("1998-10-05", "1998-10-06")),
    ("The drills ran from 5 to 8 March.", "5 to 8 March", ("1998-03-05", "1998-03-08")),
    ("The drills will run 12-16 September 2019.", "12-16 September 2019",
     ("2019-09-12", "2019-09-16")),
    ("The talks took place on 5 and 6 October.", "5 and 6 October",
     ("1998-10-05", "1998-10-06")),
    ("The exercise is set for 20–25 August.", "20–25 August", ("1999-08-20", "1999-08-25")),
    ("The vote was held on the 5th and 6th of October.", "the 5th and 6th of October",
     ("1998-10-05", "1998-10-06")),
    # across two months, the year written once at the end
    ("The exercise took place 28 September-2 October.", "28 September-2 October",
     ("1998-09-28", "1998-10-02")),
    ("The drills ran 28 December–3 January 1999.", "28 December–3 January 1999",
     ("1998-12-28", "1999-01-03")),
    ("The drills will run 30 June - 4 July, 2019.", "30 June - 4 July, 2019",
     ("2019-06-30", "2019-07-04")),
])
def test_days_before_their_month_are_one_range(text, words, ends):
    assert mention_texts(text, REF) == [words]
    assert range_of(text, REF, words) == ends


def test_counts_before_a_month_are_no_range():
    # a pair that runs backwards is no range of days
    assert "9 and 3 October" not in mention_texts("Rebels freed 9 and 3 October talks failed.",
                                                  REF)
