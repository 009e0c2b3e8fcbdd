"""Render the HTML pages from the gathered context.

Pages: ``index.html`` (the timeline; with many events an overview that links to one page per
year, ``YYYY.html``), ``sources.html`` and ``404.html``. Every link between them is relative,
and every page sits at the site root, so the site works from ``file://`` and under a subpath.

Template context (documented for theme authors):
``site`` (SiteContext: config, years, background, articles, chart_svg, split), ``config``
(SiteConfig), ``page`` (PageInfo), ``years`` (the YearGroups shown on this page),
``background`` (context events shown on this page), ``nav_years`` (every YearGroup, for the
year navigation); ``years``, ``background`` and ``nav_years`` come in the display order of the
``order`` setting (newest first reverses years and the events in them; ``site`` keeps date
order), ``facets`` (filters for this page),
``downloads`` ((file, label) pairs), ``css`` (the stylesheet text, inlined by 404.html).
"""

from __future__ import annotations

from dataclasses import dataclass

import jinja2

from chronology.site.context import EventView, SiteContext, YearGroup, facets

DOWNLOADS = (
    ("events.json", "TimelineJS JSON"),
    ("timelinejs.csv", "TimelineJS spreadsheet (CSV)"),
    ("events.csv", "Events (CSV)"),
    ("events.ics", "Calendar (iCalendar)"),
    ("feed.xml", "Atom feed"),
    ("feed.json", "JSON Feed"),
    ("events.yaml", "Events file (YAML)"),
)


@dataclass
class PageInfo:
    """What a template knows about the page it renders."""

    path: str  # e.g. "index.html", "2015.html"
    kind: str  # "timeline", "overview", "year", "sources", "404"
    title: str
    description: str


def render_pages(env: jinja2.Environment, ctx: SiteContext, css: str) -> dict[str, str]:
    """Every HTML page: relative path -> text."""
    cfg = ctx.config
    out = {}
    if ctx.split:
        out["index.html"] = _render(env, "overview.html", ctx, css,
                                    PageInfo("index.html", "overview", cfg.title, cfg.description),
                                    [], ctx.background)
        for group in ctx.years:
            info = PageInfo(group.page, "year", f"{group.year} — {cfg.title}",
                            f"Events of {group.year}. {cfg.description}".strip())
            out[group.page] = _render(env, "timeline.html", ctx, css, info, [group], [])
    else:
        info = PageInfo("index.html", "timeline", cfg.title, cfg.description)
        out["index.html"] = _render(env, "timeline.html", ctx, css, info, ctx.years, ctx.background)
    out["sources.html"] = _render(env, "sources.html", ctx, css, PageInfo(
        "sources.html", "sources", f"Sources — {cfg.title}",
        f"Every source article, its date and the events drawn from it. {cfg.description}".strip()),
        [], [])
    out["404.html"] = _render(env, "404.html", ctx, css, PageInfo(
        "404.html", "404", f"Page not found — {cfg.title}", cfg.description), [], [])
    return out


def _render(env: jinja2.Environment, name: str, ctx: SiteContext, css: str, page: PageInfo,
            years: list[YearGroup], background: list[EventView]) -> str:
    shown = [e for y in years for e in y.events] + background
    newest = ctx.config.newest_first
    return env.get_template(name).render(
        site=ctx, config=ctx.config, page=page, years=in_order(years, newest),
        background=background[::-1] if newest else background,
        nav_years=in_order(ctx.years, newest), facets=facets(shown), downloads=DOWNLOADS, css=css,
    )


def in_order(years: list[YearGroup], newest_first: bool) -> list[YearGroup]:
    """Year groups as the page lists them: newest first reverses the years and their events."""
    if not newest_first:
        return years
    return [YearGroup(y.year, y.events[::-1], y.page) for y in reversed(years)]
