"""A designated year's name ("the Caspian Friendship Year 2020") is a label, as "Expo 2020" is:
it dates no act; a year told with the word "year" as time ("in the year 2020") still does."""

from __future__ import annotations

import pytest
from one_article import article_events

LEAD = ("Iran's deputy defence minister Ali Karimi received Russian ambassador Pavel Orlov in "
        "Tehran on January 20 to discuss naval cooperation between Iran and Russia.")


@pytest.mark.parametrize(("second", "dated"), [
    ("Karimi invited Russian naval officers to events of the Caspian Friendship Year 2020 that "
     "Iran and Russia host together.", False),
    # near misses: "year" as a word of time, and a bare year after a preposition
    ("Iran and Russia signed a naval cooperation memorandum in the year 2019.", True),
    ("Iran and Russia signed a naval cooperation memorandum in 2019.", True),
])
def test_a_named_year_dates_no_act(tmp_path, second, dated):
    events = article_events(tmp_path, "2020-01-20", LEAD + "\n\n" + second)
    assert any(e.date == "2020-01-20" for e in events)
    years = [e for e in events if e.precision == "year"]
    assert bool(years) is dated
