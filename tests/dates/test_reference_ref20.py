"""The page's own date, round ref20 (every line invented for these tests; each test names
the shape of a page the round's new reference pages showed)."""

from __future__ import annotations

import pytest

from chronology.dates import find_reference

PERIOD = (2005, 2026)
HEADLINE = "City riders return to their bicycles\n\n"
BYLINE = "By Agency writers Ann Roe and Li Ming\n\n"
LEAD = ("Thousands of office workers in the eastern city have left their cars at home "
        "this spring and taken to bicycles, the city's transport bureau said, adding that "
        "rush-hour traffic had eased on the main roads.\n\nThe bureau said more bicycle "
        "lanes would open next year.")


@pytest.mark.parametrize("top", ["Tuesday, March 3, 2015", "March 3, 2015"])
def test_a_blogs_date_the_day_before_an_eastern_wires_dateline_is_the_pages_date(top):
    # the bureau's morning of March 4 is the blog's afternoon of March 3
    text = f"{top}\n\n{HEADLINE}{BYLINE}SHANGHAI, March 4 (Agency) - {LEAD}"
    found = find_reference(text, period=PERIOD)
    assert (found.iso, found.source) == ("2015-03-03", "publication-line")


def test_a_date_line_two_days_before_the_wires_dateline_is_still_no_repost():
    text = f"March 2, 2015\n\n{HEADLINE}{BYLINE}SHANGHAI, March 4 (Agency) - {LEAD}"
    assert find_reference(text, period=PERIOD).iso != "2015-03-02"


