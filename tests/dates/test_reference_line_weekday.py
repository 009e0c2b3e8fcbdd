"""A slashed date whose day and month could be either way round, read by the weekday printed
just before it on its line (helper ref18; every line invented for these tests):
"Wednesday, 04/05/2022" is May 4 (a Wednesday), not April 5 (a Tuesday)."""

from __future__ import annotations

import pytest

from chronology.dates import find_reference

PERIOD = (2010, 2026)
HEADLINE = "Ferry service to the islands resumes\n\n"
LEAD = ("The ferry company said its boats would sail to the islands again after repairs to "
        "the harbour wall, which storms had damaged in the winter.\n\nOfficials told "
        "reporters the repairs had cost more than planned.")


@pytest.mark.parametrize(("line", "expected"), [
    ("Wednesday, 04/05/2022", "2022-05-04"),
    ("Tue, 05/04/2022 - 14:35", "2022-04-05"),  # day first: the month-first May 4 is a Wednesday
    ("Posted: Wed 04/05/2022", "2022-05-04"),
    ("Submitted by admin on Tue, 05/04/2022 - 14:35", "2022-04-05"),
    ("Sunday 11/09/2022 10:00", "2022-09-11"),
])
def test_the_weekday_on_the_date_line_tells_the_day_from_the_month(line, expected):
    found = find_reference(f"{HEADLINE}{line}\n\n{LEAD}", period=PERIOD)
    assert found.iso == expected


def test_without_a_weekday_the_slashed_date_stays_unread():
    assert find_reference(f"{HEADLINE}04/05/2022\n\n{LEAD}", period=PERIOD).iso is None

