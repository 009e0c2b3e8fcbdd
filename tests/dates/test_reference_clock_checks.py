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
