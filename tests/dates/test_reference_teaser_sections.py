"""The dates of a list of other stories under the story (helper ref18; every line invented
for these tests): a page with no date line of its own may close with a list of other
stories under a heading that names the list or narrows it to a section ("More from World",
"Most Viewed in Politics", "Latest in Business", "Next article"); the listed stories'
dates are not the page's, and it stays undated."""

from __future__ import annotations

import pytest

from chronology.dates import find_reference

PERIOD = (2010, 2026)
HEADLINE = "Ferry service to the islands resumes\n\nBy Jane Roe\n\n"
LEAD = ("The ferry company said on Tuesday that its boats would sail to the islands again "
        "after repairs to the harbour wall, which storms had damaged in the winter.\n\n"
        "Officials told reporters the repairs had cost more than planned.\n\n")


@pytest.mark.parametrize("heading", [
    "More from World",
    "More in Politics",
    "More on this story",
    "Most Viewed in Business",
    "Latest in Sport",
    "Latest Stories",
    "Other news",
    "In other news",
    "Recent Posts",
    "Similar articles",
    "Related coverage",
    "Next article",
    "Previous Post",
    "Up next",
    "You might also like",
    "Stories you may like",
    "What to read next",
    "Don't Miss",
    "Must Read",
    "More Like This",
    "Around the web",
    "Further reading",
    "Related Topics",
])
def test_a_listed_storys_date_under_a_heading_is_not_the_pages(heading):
    text = f"{HEADLINE}{LEAD}{heading}\nBus fares rise in the capital\nMarch 20, 2021\n"
    assert find_reference(text, period=PERIOD).iso is None


def test_several_listed_stories_under_a_section_heading_date_nothing():
    text = (f"{HEADLINE}{LEAD}Most Viewed in Business\nBus fares rise in the capital\n"
            "March 20, 2021\nNew bridge opens to traffic\nMarch 18, 2021\n")
    assert find_reference(text, period=PERIOD).iso is None


def test_the_pages_own_date_line_over_the_story_stays_its_date():
    text = (f"Ferry service to the islands resumes\n\nBy Jane Roe\nMarch 12, 2021\n\n{LEAD}"
            "More from World\nBus fares rise in the capital\nMarch 20, 2021\n")
    assert find_reference(text, period=PERIOD).iso == "2021-03-12"


def test_a_labelled_date_at_the_foot_is_still_the_pages():
    text = (f"{HEADLINE}{LEAD}First published on March 12, 2021\n\n"
            "More from World\nBus fares rise in the capital\nMarch 20, 2021\n")
    assert find_reference(text, period=PERIOD).iso == "2021-03-12"
