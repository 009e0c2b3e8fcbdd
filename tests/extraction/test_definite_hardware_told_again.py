"""A later sentence of the same day whose subject is the hardware the event before told of,
with "the" ("The howitzers were unloaded …", "The launchers …") retells that event: the
definite subject reads every noun of en.HARDWARE_NOUNS (one list, singular and plural), not
a shorter copy of it."""

from __future__ import annotations

import pytest
from one_article import article_events

LEAD = ("TEHRAN, March 4 (Example News) - Russia delivered the first twelve self-propelled "
        "howitzers and four rocket launchers to Iran on Monday, the Iranian defence ministry "
        "said.")


@pytest.mark.parametrize("second", [
    "The howitzers were unloaded at the port of Bandar Anzali on Monday, the ministry said.",
    "The launchers were unloaded at the port of Bandar Anzali on Monday, the ministry said.",
])
def test_the_hardware_told_again_is_one_event(tmp_path, second):
    events = article_events(tmp_path, "2030-03-05", LEAD + "\n\n" + second)
    assert [e.date for e in events] == ["2030-03-04"]
