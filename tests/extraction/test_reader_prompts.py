"""A site's prompts to the reader above the story ("Save & read from anywhere!", "Bookmark
stories for easy access on any device or the app.") are page furniture, not its first
paragraph: the lead after them still tells the news of the day (issue 9, round en25).
Invented page text."""

from __future__ import annotations

from one_article import article_events as _events

PAGE = ("World\nJane Doe\nMar 14, 2024, 11:20 AM | Updated 01:05 PM IST\n"
        "Save & read from anywhere!\n"
        "Bookmark stories for easy access on any device or the Daily app.\n"
        "A consignment of Russian Su-35 fighter jets has reached Iran via the Caspian Sea, "
        "officials said.\n\n"
        "The jets were flown to a base near Hamadan, according to state media.")


def test_the_lead_after_reader_prompts_gives_the_days_event(tmp_path):
    events = _events(tmp_path, "2024-03-14", PAGE)
    assert any(e.date == "2024-03-14" and "Su-35" in e.title for e in events)
