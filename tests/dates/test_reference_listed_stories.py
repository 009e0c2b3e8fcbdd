"""Dates of other stories listed under the article's prose ("Related", "More news") are
no date of the article's own: invented pages, each with the reference it must give."""

from __future__ import annotations

import pytest

from chronology.dates import find_reference

BODY = ("The navies of the two countries held a joint exercise in northern waters, the "
        "defence ministry said in a statement, adding that several ships took part.")
HEAD = "Navies hold joint drill in the north\n\n"


@pytest.mark.parametrize(("page", "expected"), [
    # a relative stamp over the story, a list of other stories with their dates under it
    (f"Home\nWorld\n{HEAD}Updated 2 hours ago\n\n{BODY}\n\nRelated\nNavy chief visits port\n"
     "March 1, 2024\n", None),
    (f"{HEAD}{BODY}\n\nMore news\nNavy chief visits port\nMarch 1, 2024\nFleet gets new ship\n"
     "February 27, 2024\n", None),
    # near misses: the story's own date line over its prose, a list of stories opening the page
    (f"{HEAD}April 3, 2024\n\n{BODY}\n\nRelated\nNavy chief visits port\nMarch 1, 2024\n",
     "2024-04-03"),
    (f"Latest\nNavy chief visits port\n\n{HEAD}April 3, 2024\n\n{BODY}\n", "2024-04-03"),
    # the page's own labelled line at its foot, under the list: read; the list's dates are not
    (f"{HEAD}{BODY}\n\nRelated stories\nNavy chief visits port - March 1, 2024\n"
     "Fleet gets new ship - Feb 27, 2024\n\nPublished: April 3, 2024\n", "2024-04-03"),
    (f"{HEAD}{BODY}\n\nMore news\nNavy chief visits port\nMarch 1, 2024\n\nPublished\n"
     "April 3, 2024\n", "2024-04-03"),
])
def test_dates_listed_under_the_story_are_other_stories(page, expected):
    ref = find_reference(page, period=(2015, 2026))
    assert ref.iso == expected, ref.reasons
