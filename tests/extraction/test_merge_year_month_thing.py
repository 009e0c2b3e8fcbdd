"""A year's report and a month's of that year, in two articles, that name the same weapon and
tell the same kind of act are one act ("a deal in 2021 to buy 24 X jets" / "a contract for X
jets in March 2021"), a weaker link than a thing on one day; another kind of act with the
same weapon that year (a delivery) stays apart, and a year never joins a day (issue 9 item
8).  Every article is invented."""

from __future__ import annotations

import pytest
from one_article import merged_together, story

ORDERED = story("2021-06-01", "Headline\n\nTEHRAN (Example Wire) - Iran agreed a deal in 2021 to "
                "buy 24 Mitten jets from Russia, the air force commander told reporters.")
CONTRACT = story("2021-06-02", "Headline\n\nMOSCOW (Example News) - Russia and Iran signed a "
                 "contract for the Mitten jets in March 2021, the ministry in Moscow said.")
DELIVERED = story("2021-12-20", "Headline\n\nTEHRAN (Example Post) - Russia delivered the "
                  "first Mitten jets to the Iranian air force in 2021 at a base near Hamedan.")
SIGNED_DAY = story("2021-03-16", "Headline\n\nMOSCOW (Example News) - Russia and Iran signed a "
                   "contract for the Mitten jets on Monday, the ministry in Moscow said.")


@pytest.mark.parametrize(("first", "second", "together"), [
    (ORDERED, CONTRACT, True),  # a year's deal, a month's contract: one deal
    (CONTRACT, DELIVERED, False),  # a contract in March, a delivery that year: two acts
    (ORDERED, SIGNED_DAY, False),  # a year never joins a day
])
def test_a_year_and_a_month_naming_one_weapon(tmp_path, first, second, together):
    assert merged_together(tmp_path, first, second) is together
