"""A participle phrase set off by commas inside the subject ("The deal, first agreed in 2007,
was frozen in 2010") dates the thing the subject names: the main verb's date dates the
sentence's act, as after "…, which was agreed in 2007, …". When the phrase holds the
sentence's only date, a recent one (within two years of the article) still dates the sentence;
an older one is the thing's history and dates nothing."""

from __future__ import annotations

import pytest
from one_article import article_events

LEAD = "Russia delivered two frigates to Iran on Monday, the Iranian navy said."


def _dates(tmp_path, second: str) -> dict[str, str]:
    """Title -> date of the events quoting ``second``."""
    events = article_events(tmp_path, "2024-05-15", LEAD + "\n\n" + second)
    return {e.title: e.date for e in events if any(second[:30] in s.quote for s in e.sources)}


@pytest.mark.parametrize("second", [
    "The Russian-Iranian radar deal, first agreed in 2007, was frozen in 2011.",
    "The Russian-Iranian radar deal, originally agreed in 2007, was frozen in 2011.",
    "The Russian-Iranian radar deal, which was agreed in 2007, was frozen in 2011.",
])
def test_the_main_verb_dates_the_act(tmp_path, second):
    dates = _dates(tmp_path, second)
    assert [d for t, d in dates.items() if "frozen" in t] == ["2011"]


@pytest.mark.parametrize(("second", "date"), [
    # near misses: the phrase is the only date; a verb before the comma (no subject's aside)
    ("The Russian-Iranian radar deal, agreed in March 2024, covers three sites.", "2024-03"),
    ("Russia froze the Iranian radar deal, officials said, in 2011.", "2011"),
])
def test_near_misses(tmp_path, second, date):
    assert date in _dates(tmp_path, second).values()


def test_an_old_aside_date_alone_dates_nothing(tmp_path):
    # the only date is the subject's history, more than two years before the article: the
    # act (the freeze) has no date of its own, so no event is made of the sentence
    second = "The Russian-Iranian sonar deal, first agreed in 2006, was suspended."
    assert _dates(tmp_path, second) == {}
