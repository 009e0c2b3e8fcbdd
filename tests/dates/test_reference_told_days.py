"""The article's own date read by the days its story tells (invented texts, written for
these tests)."""

from __future__ import annotations

import pytest

from chronology.dates import find_reference

PERIOD = (2015, 2026)
VISIT = ("The minister is leading a delegation on a working visit to the northern province "
         "during the visit from March 9-13, officials said.\n\nOn March 10, the delegation "
         "toured the port and met the governor.")


@pytest.mark.parametrize(("line", "expected"), [
    # "11-03-2025": November 3 or March 11; the story tells March 9-13 and March 10, a week
    # at most from March 11, months from November 3
    ("Update: 11-03-2025 | 09:14:05", "2025-03-11"),
    ("Posted 03-11-2025 09:14", "2025-03-11"),
])
def test_an_ambiguous_numeric_date_is_read_near_the_days_the_story_tells(line, expected):
    """A dashed date whose parts are both 12 or less is read the way that puts it within a
    week of the days the story tells, when the other way lies months from them, even on a
    page that writes its days month first in words ("March 10")."""
    ref = find_reference(f"Minister starts working trip\n\n{line}\n\n{VISIT}", period=PERIOD)
    assert ref.iso == expected


def test_told_days_near_both_readings_leave_the_order_to_other_evidence():
    """Days told near both readings decide nothing: the page's written order does."""
    body = ("The navy said on June 4, 2025 that drills begun on May 20 would end on "
            "June 10.")
    ref = find_reference(f"Navy drills end\nPublished: 05-06-2025\n\n{body}", period=PERIOD)
    assert ref.iso == "2025-05-06"
