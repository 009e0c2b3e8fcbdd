"""A holiday before a noun ("the Nowruz holidays") is part of that thing's name: another date
of the sentence dates the act, and the headline keeps the holiday's name (invented articles)."""

from __future__ import annotations

import pytest
from one_article import article_events


@pytest.mark.parametrize(("published", "body", "date", "title"), [
    ("2021-04-01", "Iran's Nowruz holidays end on April 2, after which Russian Defence Minister "
     "Sergei Shoigu is due to visit Tehran.", "2021-04-02",
     "Iran's Nowruz holidays end, after which Shoigu is due to visit Tehran"),
    ("2021-04-01", "The Nowruz holidays ended on Friday, and Russian Defence Minister Sergei "
     "Shoigu arrived in Tehran.", "2021-03-26", "Nowruz holidays end"),
    # near-miss: the holiday alone dates the act
    ("2021-04-01", "Russian Defence Minister Sergei Shoigu visited Tehran at Nowruz.",
     "2021-03-21", "Shoigu visits Tehran"),
])
def test_a_holiday_naming_a_thing(tmp_path, published, body, date, title):
    [event] = article_events(tmp_path, published, body)
    assert (str(event.date), event.title) == (date, title)
