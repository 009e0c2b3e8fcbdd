"""A page whose headline the reader does not take for the title (a date line above it) opens
with two paragraphs the lead convention dates, the headline and the standfirst: when they
tell the same event ("… receives new Zefir drones from Russia" / "… as Russia has delivered
advanced Zefir drones") they are one event; two acts stay two."""

from __future__ import annotations

import pytest
from one_article import article_events

TOP = "Updated March 3rd, 2030 at 10:15 IST\n\n"
HEADLINE = "Iranian Navy receives new Zefir drones from Russia; to be deployed in the Caspian\n\n"
TAIL = ("\n\nReported by: Jane Roe\n\nThe drones will fly from the port of Bandar Anzali, "
        "officials said.")


@pytest.mark.parametrize(("standfirst", "count"), [
    ("Iran's coastal surveillance has received a major boost as Russia has delivered advanced "
     "Zefir drones to watch the sea lanes.", 1),
    # near miss: another act of the day, by other people
    ("Separately, Iranian and Russian diplomats have signed a memorandum on grain barges in "
     "Astrakhan.", 2),
])
def test_two_opening_leads_of_one_event(tmp_path, standfirst, count):
    events = article_events(tmp_path, "2030-03-03", TOP + HEADLINE + standfirst + TAIL)
    assert [e.date for e in events] == ["2030-03-03"] * count
