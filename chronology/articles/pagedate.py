"""A saved page's publication date, from its own metadata, and the tag that gave it.

Tried in this order, the first readable date wins:

1. ``<meta>`` tags for the publication time (``article:published_time``, ``datePublished``,
   ``pubdate``, Dublin Core ``dc.date.issued``, …), in the order of ``META_KEYS``;
2. JSON-LD ``datePublished`` (then ``dateCreated``) of the story object;
3. ``<time datetime>`` marked as the publication time (``itemprop="datePublished"``,
   ``pubdate``, a class such as ``published`` or ``entry-date``) or in the story's own
   ``<header>``, never inside navigation, asides, footers or related-story lists.

Modification dates (``article:modified_time``, ``dateModified``, "updated") are never the
publication date.  Page text (bylines, related stories, "© 2024" footers) is not read here:
the date engine weighs the story's dateline against this date (``chronology.dates``).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

from chronology.articles.jsonld import first_text
from chronology.articles.pagenoise import in_noise
from chronology.dates.patterns import MONTHS

META_KEYS = (
    "article:published_time", "og:article:published_time", "og:published_time",
    "datepublished", "article.published", "published_time", "publish-date", "publish_date",
    "publishdate", "pubdate", "article_date_original", "originalpublicationdate",
    "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created",
    "sailthru.date", "parsely-pub-date", "citation_publication_date", "date",
)
_ISO = re.compile(r"^\s*(\d{4})-?(\d\d)-?(\d\d)(?:$|[T\s_]|\d{4}|[+-Z])")
_SLASHED = re.compile(r"^\s*(\d{4})/(\d\d?)/(\d\d?)\b")
_WRITTEN = re.compile(r"\b(?:(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})"
                      r"|([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4}))\b")
_TIME_CLASS = re.compile(r"publish|entry-date|post-date|pubdate|dateline|article-date",
                         re.IGNORECASE)
_EARLIEST, _LATEST = 1900, 2100


def parse_date(value: str) -> dt.date | None:
    """The day of a metadata date value, as written (no time-zone shift), or None.

    >>> parse_date("2015-01-20T21:40:00+00:00"), parse_date("Tue, 20 Jan 2015 21:40:00 GMT")
    (datetime.date(2015, 1, 20), datetime.date(2015, 1, 20))
    """
    value = value.strip()[:100]
    match = _ISO.match(value) or _SLASHED.match(value)
    if match:
        return _day(*(int(g) for g in match.groups()))
    try:
        stamp = email.utils.parsedate_to_datetime(value)
        return _day(stamp.year, stamp.month, stamp.day)
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    match = _WRITTEN.search(value)
    if not match:
        return None
    day, name, year = (match.group(1), match.group(2), match.group(3)) if match.group(1) else (
        match.group(5), match.group(4), match.group(6))
    number = MONTHS.get(name.lower())
    return _day(int(year), number, int(day)) if number else None


def _day(year: int, month: int, day: int) -> dt.date | None:
    if not _EARLIEST <= year <= _LATEST:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_published(metas: dict[str, str], objects: list[dict], root) -> tuple[dt.date, str] | None:
    """(date, where it was found) from the page's metadata, or None."""
    for key in META_KEYS:
        day = parse_date(metas[key]) if key in metas else None
        if day:
            return day, f"meta {key}"
    for key in ("datePublished", "dateCreated"):
        value = first_text(objects, key)
        day = parse_date(value) if value else None
        if day:
            return day, f"JSON-LD {key}"
    return _time_element(root)


def _time_element(root) -> tuple[dt.date, str] | None:
    for time in root.iter("time"):
        how = _marked_published(time)
        day = parse_date(time.get("datetime") or "") if how else None
        if day and not in_noise(time):
            return day, how
    return None


def _marked_published(time) -> str | None:
    """How a ``<time>`` says it is the publication time (the source named), or None."""
    if (time.get("itemprop") or "").strip() == "datePublished":
        return '<time itemprop="datePublished">'
    if time.get("pubdate") is not None:
        return "<time pubdate>"
    classes = " ".join((time.get("class") or "").split())
    if _TIME_CLASS.search(classes):
        return f'<time class="{classes[:40]}">'
    parent = time.getparent()
    while parent is not None and parent.tag not in ("header", "article", "body"):
        parent = parent.getparent()
    if parent is not None and parent.tag == "header" and _in_article(parent):
        return "<time> in the story's header"
    return None


def _in_article(node) -> bool:
    node = node.getparent()
    while node is not None:
        if node.tag in ("article", "main"):
            return True
        node = node.getparent()
    return False
