"""Files that let readers, feed readers and search engines find the site.

- ``feed.json``: a JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), always written, next
  to the Atom feed and with the same entries (newest first, same ids).
- ``sitemap.xml`` and ``robots.txt``: only with ``base_url`` set, since both need absolute URLs.

Pure functions of the view models, like ``exports``: the only dates come from the data.
"""

from __future__ import annotations

import json
import locale
from xml.sax.saxutils import escape as xml_escape

from chronology.site import exports
from chronology.site.context import EventView, SiteContext
from chronology.spans import first_day

JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"


def discovery_files(ctx: SiteContext, pages: list[str]) -> dict[str, str]:
    """``feed.json`` always; ``sitemap.xml`` and ``robots.txt`` when ``base_url`` is set."""
    files = {"feed.json": json_feed(ctx)}
    if ctx.config.base_url:
        files["sitemap.xml"] = sitemap_xml(ctx, pages)
        files["robots.txt"] = robots_txt(ctx)
    return files


def site_root(ctx: SiteContext) -> str:
    """``base_url`` with exactly one trailing slash, or "" when it is not set."""
    base = ctx.config.base_url.strip()
    return base.rstrip("/") + "/" if base else ""


def json_feed(ctx: SiteContext) -> str:
    """The events as a JSON Feed 1.1, newest first (as the Atom feed)."""
    cfg, root = ctx.config, site_root(ctx)
    feed: dict = {"version": JSON_FEED_VERSION, "title": cfg.title}
    if root:
        feed["home_page_url"] = root + "index.html"
        feed["feed_url"] = root + "feed.json"
    if cfg.description:
        feed["description"] = cfg.description
    feed["language"] = cfg.language
    feed["authors"] = [{"name": "chronology"}]
    entries = sorted(exports.all_events(ctx), key=lambda e: (e.date, e.id), reverse=True)
    feed["items"] = [_item(e, root) for e in entries]
    return json.dumps(feed, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _item(e: EventView, root: str) -> dict:
    published = first_day(e.date).isoformat()
    modified = max([published] + [s.reported for s in e.sources if s.reported])
    item = {
        "id": exports._urn("event:" + e.id),
        "url": root + e.href,
        "title": f"{e.label}: {e.title}",
        "content_html": exports._card_text(e),
        "date_published": f"{published}T00:00:00Z",
        "date_modified": f"{modified}T00:00:00Z",
    }
    if e.tags:
        item["tags"] = list(e.tags)
    return item


def sitemap_xml(ctx: SiteContext, pages: list[str]) -> str:
    """Every HTML page but ``404.html``, with the latest date in the data as ``lastmod``."""
    root, lastmod = site_root(ctx), exports.latest_date(ctx)
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for page in sorted(p for p in pages if p.endswith(".html") and p != "404.html"):
        out += ["  <url>", f"    <loc>{xml_escape(root + page)}</loc>",
                f"    <lastmod>{lastmod}</lastmod>", "  </url>"]
    out.append("</urlset>")
    return "\n".join(out) + "\n"


def robots_txt(ctx: SiteContext) -> str:
    """Allow everything and point to the sitemap (crawlers read it only at a host's root)."""
    return f"User-agent: *\nAllow: /\n\nSitemap: {site_root(ctx)}sitemap.xml\n"


def og_locale(language: str) -> str:
    """A language tag as Open Graph writes locales (``language_TERRITORY``).

    The tag's own region wins (``en-GB`` -> ``en_GB``, ``zh-Hant-TW`` -> ``zh_TW``); a bare
    language takes its usual territory from Python's static locale alias table (``en`` ->
    ``en_US``, ``fa`` -> ``fa_IR``), never from the machine's settings; else the language.
    """
    language_part, *subtags = language.split("-")
    language_part = language_part.lower()
    region = next((t.upper() for t in subtags if len(t) == 2 and t.isalpha()), None)
    if region is None:
        alias = locale.locale_alias.get(language_part, "").split(".")[0]
        region = alias.partition("_")[2] if alias.startswith(language_part + "_") else None
    if region and region != "AA":  # ar_AA is POSIX's "Arabic, any country", not a territory
        return f"{language_part}_{region}"
    return language_part
