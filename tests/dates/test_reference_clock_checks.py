"""The page's clock against the story's own lines (review rv17 items 1-3; every line
invented for these tests): a dateline naming a day its year does not have is no date and
no crash; a day told ahead with its weekday may lie in the year after the clock's; a year
joined to a name contradicts the clock only when the name is an exercise's or a show's."""

from __future__ import annotations

import pytest

from chronology.dates import find_reference

PERIOD = (2010, 2026)
LEAD = ("The two navies began a joint drill near the strait, the defence ministry announced, "
        "adding that warships and aircraft would take part.\n\nOfficials said the "
        "exercise would last five days.")


@pytest.mark.parametrize("text", [
    "Ships reach the northern port as the drill goes on\n\nDecember 26, 2025\n\n"
    "VELMORA, February 29, 2023 (Agency) - " + LEAD,
    "Ships reach the northern port\n\nVELMORA, February 29, 2023 (Agency) - " + LEAD,
    "VELMORA, February 29, 2023 (Agency) - " + LEAD,
])
def test_a_dateline_on_a_day_its_year_lacks_is_no_date(text):
    """"February 29, 2023" is no day: the dateline gives none (it used to raise)."""
    assert find_reference(text, period=PERIOD).iso in (None, "2025-12-26")


_AHEAD = ("Monday, December 29, 2025\n\nNavies to meet again\n\n"
          "The two navies will hold their next round of talks on {day}January 9, at the naval "
          "base on the southern coast of Vessaly Bay, the ministry wrote on its "
          "official account, adding that officers of both fleets would attend.")


@pytest.mark.parametrize("day", ["Friday, ", ""])
def test_a_day_told_ahead_with_its_weekday_in_the_clocks_next_year(day):
    """"will hold talks on Friday, January 9" under "Monday, December 29, 2025": January 9 is
    a Friday in 2026; the line stays the page's date."""
    assert find_reference(_AHEAD.format(day=day), period=PERIOD).iso == "2025-12-29"
