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


_NAMED = ("Friday, December 26, 2025\n\nCoastal patrols go on\n\n{sentence}\n\nThe ministry "
          "wrote on its official account that more ships would join the patrols "
          "and that officers of both navies would meet soon.")


@pytest.mark.parametrize("sentence", [
    "Ships built under the shipbuilding programme Harbour-2020 will continue to patrol the "
    "waters off the northern coast of Pelloria, the ministry said.",
    "Ships built under the shipbuilding programme will continue to patrol the waters off "
    "the northern coast of Pelloria, the ministry said.",
])
def test_a_year_in_a_plans_name_does_not_contradict_the_clock(sentence):
    assert find_reference(_NAMED.format(sentence=sentence), period=PERIOD).iso == \
        "2025-12-26"


@pytest.mark.parametrize("sentence", [
    "Troops of the northern district will take part in Harbour-2023 in the coming weeks, "
    "the ministry said, adding that artillery units would join them.",
    "Visitors are flocking to the forum Harbour-2023, which is taking place at the hall "
    "east of Pelloria's capital, the organisers said.",
    "Ships built under the shipbuilding programme Harbour-2020 will continue to patrol the "
    "waters off the northern coast during the drill, the ministry said.",
])
def test_a_year_in_an_occasions_name_still_contradicts_the_clock(sentence):
    assert find_reference(_NAMED.format(sentence=sentence), period=PERIOD).iso is None
