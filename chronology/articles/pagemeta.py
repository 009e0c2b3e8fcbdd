"""What a saved page says about itself: title, site name, address, language, date.

Each value has a list of places to look, most specific first (Open Graph and Twitter
``<meta>`` tags, JSON-LD, the ``<html lang>``, the ``<title>``); the date's places and
rule are in ``pagedate``.  Values are plain text, whitespace-normalised and bounded.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from chronology.articles.jsonld import first_text, jsonld_objects
from chronology.articles.pagedate import find_published

MAX_VALUE = 300  # characters of a title or site name
MAX_URL = 2000
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}$")
_TITLE_SEPARATOR = re.compile(r"\s+[|–—:·•-]\s+")


@dataclass(frozen=True)
class PageMeta:
    """The page's own description of the article; None (or "") when it does not say."""

    title: str = ""
    publisher: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_source: str | None = None  # "meta article:published_time", ...
    language: str | None = None


def read_metadata(root) -> PageMeta:
    """The metadata of a parsed page (an lxml HTML root element)."""
    metas = meta_tags(root)
    objects = jsonld_objects(root)
    publisher = _first(metas.get("og:site_name"), first_text(objects, "publisher"),
                       metas.get("dc.publisher"), metas.get("application-name"))
    found = find_published(metas, objects, root)
    return PageMeta(
        title=_title(root, metas, objects, publisher),
        publisher=publisher,
        url=_url(root, metas, objects),
        published=found[0] if found else None,
        published_source=found[1] if found else None,
        language=_language(root, metas, objects),
    )


def meta_tags(root) -> dict[str, str]:
    """``<meta>`` contents by lower-cased ``property``, ``name``, ``itemprop`` or
    ``http-equiv`` (the first tag of each name wins)."""
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        content = meta.get("content")
        if content is None:
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            key = (meta.get(attribute) or "").strip().lower()
            if key:
                found.setdefault(key, content)
    return found


def plain(value: str | None, limit: int = MAX_VALUE) -> str:
    """One line of text: whitespace runs as single spaces, control characters dropped."""
    text = " ".join((value or "").split())
    return "".join(ch for ch in text if ch.isprintable())[:limit]


def _first(*values: str | None) -> str | None:
    return next((plain(v) for v in values if plain(v)), None)


def _title(root, metas: dict, objects: list[dict], publisher: str | None) -> str:
    heading = next((plain(h.text_content()) for h in root.iter("h1")), "")
    found = _first(metas.get("og:title"), metas.get("twitter:title"), metas.get("dc.title"),
                   first_text(objects, "headline"), heading)
    if found:
        return found
    title = next((plain(t.text_content()) for t in root.iter("title")), "")
    return _strip_site_name(title, publisher)


def _strip_site_name(title: str, publisher: str | None) -> str:
    """"Russia and Iran sign pact | Gulf Observer" -> "Russia and Iran sign pact"."""
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    if publisher and parts[-1].strip().lower() == publisher.lower():
        return title[: title.rfind(parts[-1])].rstrip(" |–—:·•-")
    longest = max(parts, key=len)
    return longest if len(longest.split()) >= 4 else title


def _url(root, metas: dict, objects: list[dict]) -> str | None:
    canonical = [link.get("href") for link in root.iter("link")
                 if "canonical" in (link.get("rel") or "").lower().split()]
    candidates = [*canonical[:1], metas.get("og:url"), first_text(objects, "url"),
                  first_text(objects, "mainEntityOfPage")]
    return next((u for u in map(web_address, candidates) if u), None)


def web_address(value: str | None) -> str | None:
    """``value`` when it is an absolute http(s) address, else None."""
    value = (value or "").strip()
    if not value or len(value) > MAX_URL or any(not ch.isprintable() or ch.isspace() for ch in value):
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    return value if parts.scheme.lower() in ("http", "https") and parts.hostname else None


def _language(root, metas: dict, objects: list[dict]) -> str | None:
    candidates = [root.get("lang"), root.get("xml:lang"), metas.get("content-language"),
                  metas.get("og:locale"), metas.get("dc.language"),
                  first_text(objects, "inLanguage")]
    for value in candidates:
        tag = (value or "").strip().replace("_", "-").split(",")[0].strip()
        if _LANGUAGE.match(tag):
            return tag
    return None
