"""A sentence that opens as a reminder ("Recall that …", "As a reminder, …") tells earlier
news: it does not tell the lead's news again, so the lead, dated by the wire convention,
stays an event of its own (``en.REMINDER_OPENERS``)."""

from one_article import article_events

STORY = """Russia sends more Tor-M2 systems to Iran

Russian Deputy Defence Minister Anna Keller has confirmed information about the transfer of the first Tor-M2 air defence system to Iran. She also told when two more systems will be supplied.

Keller made the statement at a meeting of defence ministers in Minsk, the agency quoted her as saying.

{opener} on Monday, November 3, the Russian daily Vedomosti reported that the transfer of the Tor-M2 air defence system to Iran took place at the port of Bandar Anzali.
"""


def _dated(tmp_path, opener: str) -> list[str]:
    events = article_events(tmp_path, "2031-11-04", STORY.format(opener=opener))
    return sorted(e.date for e in events)


def test_a_reminder_does_not_retell_the_lead(tmp_path):
    assert _dated(tmp_path, "Recall that") == ["2031-11-03", "2031-11-04"]
    assert _dated(tmp_path, "As a reminder,") == ["2031-11-03", "2031-11-04"]


def test_a_plain_report_of_the_day_before_still_retells_it(tmp_path):
    assert _dated(tmp_path, "Sources said that") == ["2031-11-03"]
