"""A paragraph that restates the lead in the same words and more, the same day ("Iran and
Russia signed a 20-year framework agreement on Friday, following …" / "IRAN and Russia on Friday
signed a 20-year framework agreement to strengthen cooperation …"), is one event; another
act of the day, whose title is not within the other's, stays apart."""

from __future__ import annotations

import pytest
from one_article import article_events

LEAD = ("Iran and Russia signed a 20-year framework agreement on Friday, following a "
        "'fruitful' round of talks in Baku.")


@pytest.mark.parametrize(("second", "count"), [
    ("IRAN and Russia on Friday signed a 20-year framework agreement to strengthen "
     "cooperation in the defence sector.", 1),
    # near miss: another act of that day
    ("Iran and Russia on Friday also held naval talks on Caspian patrols in Baku.", 2),
])
def test_a_restated_lead_is_one_event(tmp_path, second, count):
    events = article_events(tmp_path, "2030-05-04", LEAD + "\n\n" + second)
    assert [e.date for e in events] == ["2030-05-03"] * count
