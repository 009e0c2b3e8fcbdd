"""A page's metadata date weighed against the story's dateline (README, "Saved web pages")."""

from __future__ import annotations

import datetime as dt

import pytest

from chronology.dates import find_reference
from chronology.dates.metadata import FRONT_MATTER

META = "meta article:published_time"
STORY = "Iran and Russia signed a naval deal on Tuesday, officials said."

# (text, metadata date) -> (reference, source, first reason)
CASES = [
    ("Headline\n\n" + STORY, "2015-01-20",
     "2015-01-20", "page-metadata", f"{META} 2015-01-20"),
    ("TEHRAN, January 20 (Wire) - " + STORY, "2015-01-20",
     "2015-01-20", "page-metadata", f"{META} 2015-01-20"),
    ("TEHRAN, January 21 (Wire) - " + STORY, "2015-01-20",
     "2015-01-21", "dateline", "dateline 'TEHRAN, January 21 (Wire) -': the day after "
     f"{META} 2015-01-20 (page times are often UTC; the dateline is the local day)"),
    ("WASHINGTON, Jan. 19 (Wire) - " + STORY, "2015-01-20",
     "2015-01-19", "dateline", "dateline 'WASHINGTON, Jan. 19 (Wire) -': the day before "
     f"{META} 2015-01-20 (page times are often UTC; the dateline is the local day)"),
    ("MOSCOW, December 31 (Wire) - " + STORY, "2016-01-01",
     "2015-12-31", "dateline", "dateline 'MOSCOW, December 31 (Wire) -': the day before "
     f"{META} 2016-01-01 (page times are often UTC; the dateline is the local day)"),
    ("KYIV, Oct. 17 (Wire) - " + STORY, "2022-10-20",
     "2022-10-20", "page-metadata", f"{META} 2022-10-20"),
    ("Updated: January 23, 2015\n\n" + STORY, "2015-01-20",
     "2015-01-20", "page-metadata", f"{META} 2015-01-20"),
]


@pytest.mark.parametrize(("text", "published", "reference", "source", "reason"), CASES,
                         ids=["no-dateline", "same-day", "day-after", "day-before",
                              "new-year", "days-apart", "updated-line-ignored"])
def test_page_date_and_dateline(text, published, reference, source, reason):
    found = find_reference(text, dt.date.fromisoformat(published), (2015, 2023), META)
    assert (found.iso, found.source, found.reasons[0]) == (reference, source, reason)


def test_disagreement_is_explained():
    found = find_reference("KYIV, Oct. 17 (Wire) - " + STORY, dt.date(2022, 10, 20),
                           published_source=META)
    assert found.reasons[1] == ("disagrees with the dateline 'KYIV, Oct. 17 (Wire) -' "
                                "(2022-10-17, 3 days earlier): the page's metadata is used")


@pytest.mark.parametrize("source", [None, FRONT_MATTER])
def test_front_matter_dates_are_taken_as_given(source):
    found = find_reference("TEHRAN, January 21 (Wire) - " + STORY, dt.date(2015, 1, 20),
                           published_source=source)
    assert (found.iso, found.source) == ("2015-01-20", "front-matter")
