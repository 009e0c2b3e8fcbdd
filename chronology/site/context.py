"""Gather the view models the templates render: events, year groups, articles, facets, chart.

Everything the site shows is computed here, before any file is written. The templates only
lay it out. Rejected events never get here; context events (flagged, or dated outside the
site's period) go to the Background section.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from markupsafe import Markup

from chronology.config import SiteConfig
from chronology.errors import ChronologyError
from chronology.events.model import ArticleInfo, Event, EventsFile, Source
from chronology.site import chart
from chronology.site.dates import display_date, display_range
from chronology.site.markdown import render_markdown
from chronology.spans import first_day, parts
from chronology.urls import safe_http_url

SPLIT_AT = 400  # more main events than this: one page per year, so big timelines stay usable
DEFAULT_PERIOD = SiteConfig().period
UNKNOWN_PUBLISHER = "Unknown publisher"


@dataclass
class SourceView:
    """One article's evidence for an event, ready to show."""

    article: str
    publisher: str
    title: str
    url: str | None
    quote: tuple[str, str, str]  # before, the date words (highlighted), after
    reported: str | None
    reported_label: str
    date: str | None
    href: str  # the article on the sources page


@dataclass
class ConflictView:
    """One of the dates the sources disagree on, and who reported it."""

    date: str
    label: str
    reporters: list[str]


@dataclass
class EventView:
    """An event card."""

    id: str
    anchor: str
    date: str
    label: str
    year: int
    approximate: bool
    precision: str
    title: str
    summary: Markup
    tags: list[str]
    actors: list[str]
    places: list[str]
    context: bool
    sources: list[SourceView]
    conflicts: list[ConflictView]
    end_date: str | None = None
    page: str = "index.html"
    period_anchor: str | None = None  # set on the first event of a chart bar's period
    written_actors: list[str] = field(default_factory=list)  # as in the events file (exports)
    summary_repeats_quote: bool = False  # the card shows the quote, not the same words twice

    @property
    def href(self) -> str:
        return f"{self.page}#{self.anchor}"


@dataclass
class YearGroup:
    """The main events of one year."""

    year: int
    events: list[EventView]
    page: str = "index.html"

    @property
    def anchor(self) -> str:
        return f"y{self.year}"

    @property
    def href(self) -> str:
        return f"{self.page}#{self.anchor}"


@dataclass
class ArticleView:
    """A source article, for the sources page."""

    id: str
    anchor: str
    title: str
    publisher: str
    url: str | None
    reported: str | None
    reported_label: str
    reference: str
    events: list[EventView] = field(default_factory=list)


@dataclass
class Facet:
    """A filter: its query parameter, its label and its values with counts."""

    name: str
    label: str
    options: list[tuple[str, int]]


@dataclass
class SiteContext:
    """Everything the pages need."""

    config: SiteConfig
    years: list[YearGroup]
    background: list[EventView]
    articles: list[ArticleView]
    chart_svg: Markup
    chart_unit: str
    chart_span: tuple[int, int] | None
    undated_in_chart: int
    split: bool

    @property
    def main_events(self) -> list[EventView]:
        return [e for y in self.years for e in y.events]


def gather(events_file: EventsFile, config: SiteConfig, split_at: int = SPLIT_AT) -> SiteContext:
    """Build every view model from the events file and the settings."""
    articles = events_file.articles
    for event in events_file.active():
        _check_dates(event)
    active = sorted(events_file.active(), key=lambda e: (e.date, e.id))
    anchors = _anchors([e.id for e in active])
    views = [_event_view(e, a, articles, config) for e, a in zip(active, anchors, strict=True)]
    main = [v for v in views if not v.context]
    background = [v for v in views if v.context]
    split = len(main) > split_at
    years = _years(main, split)
    span = _chart_span(main, config)
    unit = chart.choose_unit(*span) if span else "quarter"
    # A chart bar jumps to the period's first card as the page lists them.
    bins = _bins(main[::-1] if config.newest_first else main, span, unit)
    return SiteContext(
        config=config, years=years, background=background,
        articles=_articles(articles, views),
        chart_svg=chart.render_svg(bins, unit), chart_unit=unit, chart_span=span,
        undated_in_chart=sum(1 for v in main if chart.bin_key(v.date, unit) is None),
        split=split,
    )


def _check_dates(event: Event) -> None:
    """The events file is hand-edited: a date the calendar lacks is a user error, not a crash."""
    for name in ("date", "end_date"):
        value = getattr(event, name)
        if value is None and name == "end_date":
            continue
        try:
            first_day(str(value))
        except (TypeError, ValueError):
            raise ChronologyError(f"event {event.id!r}: {name} {value!r} is not a date "
                                  "(expected YYYY, YYYY-MM or YYYY-MM-DD)") from None


def facets(events: list[EventView]) -> list[Facet]:
    """The tag, actor and place filters for a page showing these events."""
    out = []
    for name, label, attr in (("tag", "Tag", "tags"), ("actor", "Actor", "actors"),
                              ("place", "Place", "places")):
        counts = Counter(v for e in events for v in getattr(e, attr))
        out.append(Facet(name, label, sorted(counts.items(), key=lambda kv: (kv[0].casefold(), kv[0]))))
    return out


def _anchors(ids: list[str]) -> list[str]:
    """Stable, unique, HTML-safe anchors: ``e-`` plus the id with odd characters replaced.

    Ids that clean to the same anchor (or repeat) get ``-2``, ``-3``... in sorted id order.
    """
    anchors = [""] * len(ids)
    used: set[str] = set()
    for i in sorted(range(len(ids)), key=lambda i: (ids[i], i)):
        base = "e-" + (re.sub(r"[^A-Za-z0-9_-]+", "-", ids[i]).strip("-") or "event")
        anchor, n = base, 2
        while anchor in used:
            anchor, n = f"{base}-{n}", n + 1
        used.add(anchor)
        anchors[i] = anchor
    return anchors


def _is_context(event: Event, config: SiteConfig) -> bool:
    start, end = config.period
    return event.context or not start <= parts(event.date)[0] <= end


def _event_view(e: Event, anchor: str, articles: dict[str, ArticleInfo],
                config: SiteConfig) -> EventView:
    sources = [_source_view(s, articles.get(s.article)) for s in e.sources]
    return EventView(
        id=e.id, anchor=anchor, date=e.date, year=parts(e.date)[0],
        label=display_range(e.date, e.end_date, e.approximate),
        approximate=e.approximate, precision=e.precision, title=e.title,
        summary=render_markdown(e.summary), tags=sorted(set(e.tags)),
        actors=canonical_actors(e.actors, config), written_actors=sorted(set(e.actors)),
        places=sorted(set(e.places)),
        context=_is_context(e, config), sources=sources,
        conflicts=_conflicts(e, sources), end_date=e.end_date,
        summary_repeats_quote=_repeats_a_quote(e.summary, e.sources),
    )


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _repeats_a_quote(summary: str, sources: list[Source]) -> bool:
    """The summary is one of the quotes or a run of five or more of its words (case, spacing
    and punctuation aside; the quote with its dateline, say): as written by an extractor of
    version 1, or pasted by an editor."""
    words = _words(summary)  # (five words at least: "Unconfirmed." is an editor's note)
    return len(words.split()) >= 5 and any(f" {words} " in f" {_words(s.quote)} " for s in sources)


def canonical_actors(actors: list[str], config: SiteConfig) -> list[str]:
    """Actors by their canonical names (``topic.names`` in site.yaml), so the spellings of
    one actor ("Sergei Shoigu", "Sergey Shoygu", "Шойгу") are one filter value and one
    search word, whatever an article or an editor wrote."""
    canonical = config.topic.canonical()
    return sorted({canonical.get(a, a) for a in actors})


def _source_view(s: Source, info: ArticleInfo | None) -> SourceView:
    reported = _text(s.reported or (info.reported if info else None))
    return SourceView(
        article=s.article,
        publisher=(info.publisher if info and info.publisher else UNKNOWN_PUBLISHER),
        title=(info.title if info and info.title else s.article),
        url=safe_url(info.url if info else None),
        quote=_split_quote(s.quote, s.date_text),
        reported=reported, reported_label=display_date(reported) if reported else "undated",
        date=s.date, href=f"sources.html#{article_anchor(s.article)}",
    )


def _text(value: object) -> str | None:
    """A value as text (YAML may hand a date over as a ``date``), None staying None."""
    return None if value is None else str(value)


def safe_url(url: str | None) -> str | None:
    """An article URL, kept only when it is http(s): the events file is hand-edited."""
    return safe_http_url(url)


def article_anchor(article_id: str) -> str:
    """The anchor of an article on the sources page: ``a-`` plus the id, every character but
    ``A-Z a-z 0-9 _ -`` written as ``.HEX.`` (``x y`` -> ``a-x.20.y``).  One id, one anchor,
    whatever other articles exist: ``x y`` and ``x-y`` no longer share ``a-x-y``."""
    return "a-" + re.sub(r"[^A-Za-z0-9_-]", lambda m: f".{ord(m.group()):x}.", article_id)


def _split_quote(quote: str, date_text: str) -> tuple[str, str, str]:
    if date_text:
        at = quote.find(date_text)
        if at < 0:
            at = quote.casefold().find(date_text.casefold())
        if at >= 0 and len(quote.casefold()) == len(quote):
            end = at + len(date_text)
            return quote[:at], quote[at:end], quote[end:]
    return quote, "", ""


def _conflicts(e: Event, sources: list[SourceView]) -> list[ConflictView]:
    if not e.conflicting:
        return []
    out = []
    for date in e.source_dates:
        who = sorted({_reporter(s) for s, raw in zip(sources, e.sources, strict=True)
                      if raw.date == date})
        out.append(ConflictView(date, display_date(date), who))
    return out


def _reporter(s: SourceView) -> str:
    """Who reported a date: the publisher, or the article's title when the publisher is unknown."""
    return s.publisher if s.publisher != UNKNOWN_PUBLISHER else f"“{s.title}”"


def _years(main: list[EventView], split: bool) -> list[YearGroup]:
    groups: dict[int, list[EventView]] = {}
    for view in main:
        groups.setdefault(view.year, []).append(view)
    years = []
    for year in sorted(groups):
        page = f"{year}.html" if split else "index.html"
        for view in groups[year]:
            view.page = page
        years.append(YearGroup(year, groups[year], page))
    return years


def _chart_span(main: list[EventView], config: SiteConfig) -> tuple[int, int] | None:
    if config.period != DEFAULT_PERIOD:
        return config.period
    if not main:
        return None
    return main[0].year, main[-1].year


def _bins(main: list[EventView], span: tuple[int, int] | None, unit: str) -> list[chart.Bin]:
    if span is None:
        return []
    bins = {b.key: b for b in chart.make_bins(*span, unit)}
    for view in main:
        key = chart.bin_key(view.date, unit)
        if key in bins:
            b = bins[key]
            b.count += 1
            if b.href is None:
                b.href = f"{view.page}#{key}" if view.page != "index.html" else f"#{key}"
                view.period_anchor = key
    return list(bins.values())


def _articles(infos: dict[str, ArticleInfo], views: list[EventView]) -> list[ArticleView]:
    used: dict[str, list[EventView]] = {}
    for view in views:
        for article in dict.fromkeys(s.article for s in view.sources):
            used.setdefault(article, []).append(view)
    out = []
    for article_id in sorted(set(infos) | set(used)):
        info = infos.get(article_id) or ArticleInfo(id=article_id)
        out.append(ArticleView(
            id=article_id, anchor=article_anchor(article_id), title=info.title or article_id,
            publisher=info.publisher or UNKNOWN_PUBLISHER, url=safe_url(info.url),
            reported=_text(info.reported),
            reported_label=display_date(_text(info.reported)) if info.reported else "undated",
            reference=info.reference or "", events=used.get(article_id, []),
        ))
    return sorted(out, key=lambda a: (a.reported or "9999", a.id))
