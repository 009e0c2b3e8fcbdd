"""Hostile but valid events files: ids that collide once cleaned, odd tags, missing articles."""

from __future__ import annotations

from chronology.config import SiteConfig
from chronology.events.model import ArticleInfo, Event, EventsFile, Source
from chronology.site.context import gather


def _event(ident: str, articles: list[str], tags: list[str] | None = None) -> Event:
    return Event(id=ident, date="2016-03-01", title=f"Event {ident}", tags=tags or [],
                 sources=[Source(article=a, quote=f"Quote from {a}.") for a in articles])


def test_articles_whose_ids_clean_to_the_same_anchor_get_distinct_anchors():
    ids = ["x y", "x-y", "x.y", "x-y-2", "-", "--"]
    events = EventsFile(events=[_event("e1", ids)],
                        articles={i: ArticleInfo(id=i, title=f"Article {i}") for i in ids})
    ctx = gather(events, SiteConfig())
    anchors = {a.id: a.anchor for a in ctx.articles}
    assert len(set(anchors.values())) == len(ids)
    assert all(a.startswith("a-") and " " not in a for a in anchors.values())
    card = ctx.main_events[0]
    assert [s.href for s in card.sources] == [f"sources.html#{anchors[i]}" for i in ids]


def test_article_anchors_do_not_depend_on_which_other_articles_exist():
    one = gather(EventsFile(events=[_event("e1", ["x-y"])]), SiteConfig())
    two = gather(EventsFile(events=[_event("e1", ["x-y", "x y"])]), SiteConfig())
    assert one.articles[0].anchor == {a.id: a.anchor for a in two.articles}["x-y"]
