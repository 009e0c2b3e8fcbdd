"""A line saying which outlet first reported a story ("<Outlet> was first to report the
arrival of the ships last week") is a note about the coverage, not an event of the sides."""

from __future__ import annotations

from one_article import article_events


def test_an_outlets_scoop_is_no_event(tmp_path):
    body = ("Russian warships docked at the Iranian port of Bandar Abbas on Monday.\n\n"
            "The Caspian Herald was first to report the arrival of Russian ships in Iran "
            "earlier last week.")
    assert [e.date for e in article_events(tmp_path, "2023-12-15", body)] == ["2023-12-11"]
