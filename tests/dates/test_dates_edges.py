"""Dates at the calendar's edges are left unresolved, never a crash."""

from __future__ import annotations

import datetime as dt

import pytest

from chronology.dates import find_mentions, find_reference

TEXT = ("They met yesterday and will meet tomorrow, next year, last year, the week after, "
        "last month, next month, in the next decade and the previous century.")


@pytest.mark.parametrize("reference", [dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(1, 12, 31),
                                       dt.date(9999, 1, 1)])
def test_relative_dates_at_the_edges_never_crash(reference):
    mentions = find_mentions(TEXT, reference)
    for m in mentions:
        assert TEXT[m.start:m.end] == m.text
        assert m.value[:1].isdigit() or m.value.endswith("_REF")


def test_a_publication_line_in_year_9999_is_a_reference():
    text = "Published: 31 Dec 9999\n\nThey will meet tomorrow."
    ref = find_reference(text)
    assert ref.iso == "9999-12-31"
    assert [m.text for m in find_mentions(text, ref.date) if m.text == "tomorrow"] == []
