"""A wire lead with no date ("… have unveiled a joint coastal task force") told again right after
by the thing's name and another verb of making it public ("X announced the “Task Force
Volga” … on Friday") is one event, dated by the later sentence."""

from __future__ import annotations

import pytest
from one_article import article_events

LEAD = ("TEHRAN, May 18 (Example News) - Iran and Russia have unveiled a joint coastal task "
        "force to escort grain barges across the Caspian Sea.")


@pytest.mark.parametrize(("second", "count"), [
    ("Iranian coast guard head Pel Arnes announced the “Task Force Volga” beside a Russian "
     "commodore in Bandar Anzali on Friday.", 1),
    # near miss: a name of another thing
    ("Iranian coast guard head Pel Arnes announced the “Volga Shield” patrols beside a Russian "
     "commodore in Bandar Anzali on Friday.", 2),
])
def test_the_lead_named_again(tmp_path, second, count):
    events = article_events(tmp_path, "2024-05-18", LEAD + "\n\n" + second)
    assert len(events) == count
    assert "2024-05-17" in [e.date for e in events]
