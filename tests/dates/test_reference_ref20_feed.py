"""A feed of other stories cut short under the story, round ref20 (every line invented for
these tests): a news site's page may hold its story and then the opening lines of other
stories, each cut by the page ("... to reports that a..."); a weekday with its day in one of
them ("last night (Friday 9 May)") is that story's day, not the page's, and dates nothing
when the page has no date line."""

from __future__ import annotations

from chronology.dates import find_reference

PERIOD = (2016, 2026)  # Friday 9 May falls in 2025 alone
STORY = ("Claims circulating online that the town's new bridge will close for a year are "
         "untrue, the county council said.\nA council spokesman said the repairs would take "
         "two weeks.\n")
TEASERS = [
    "A cyclist was hurt in a collision on the ring road last night (Friday 9 May). "
    "Paramedics were called at 10.40pm to reports that a...",
    "Firefighters were called to a barn fire near the village this evening. Three crews "
    "attended and the...",
    "A market trader has been fined for selling fake perfume, the court heard on "
    "Thursday. The trader admitted...",
    "Residents are being asked to save water after a main burst in the high street. "
    "The water company said…",
]


def test_a_weekday_with_its_day_in_a_feeds_cut_teaser_does_not_date_the_page():
    text = STORY + "\n".join(TEASERS)
    found = find_reference(text, period=PERIOD)
    assert found.date is None


def test_the_storys_own_weekday_with_its_day_still_dates_the_page():
    text = ("The county council said on Friday, 9 May that the new bridge would open "
            "next month after repairs.\n") + "\n".join(TEASERS[1:])
    assert find_reference(text, period=PERIOD).date is not None


def test_two_cut_lines_are_no_feed():
    text = STORY + "\n".join(TEASERS[:2])
    assert find_reference(text, period=PERIOD).date is not None
