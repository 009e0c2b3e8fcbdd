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
from chronology.dates.solar import numeric_solar
from chronology.languages import MODULES, language

LEXICAL_CODES = tuple(code for code in MODULES if code != "en")

META_KEYS = (
    "article:published_time", "og:article:published_time", "og:published_time",
    "datepublished", "article.published", "published_time", "publish-date", "publish_date",
    "publishdate", "pubdate", "article_date_original", "originalpublicationdate",
    "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created",
    "sailthru.date", "parsely-pub-date", "citation_publication_date", "date",
)
_ISO = re.compile(r"^\s*(\d{4})-?(\d\d)-?(\d\d)(?:$|[T\s_]|\d{4}|[+-Z])")
_SLASHED = re.compile(r"^\s*(\d{4})[/.](\d\d?)[/.](\d\d?)\b")
# Day first: "20.01.2015 22:40", "20-01-2015"; "01/20/2015" only when a part is over 12.
_DAY_FIRST = re.compile(r"^\s*(\d\d?)([./-])(\d\d?)\2(\d{4})\b")
_WRITTEN = re.compile(r"\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+([^\W\d_]{3,9})\.?,?\s+(\d{4})"
                      r"|([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))\b")
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_TIME_CLASS = re.compile(r"publish|entry-date|post-date|pubdate|dateline|article-date",
                         re.IGNORECASE)
_EARLIEST, _LATEST = 1900, 2100


def parse_date(value: str) -> dt.date | None:
    """The day of a metadata date value, as written (no time-zone shift), or None.

    >>> parse_date("2015-01-20T21:40:00+00:00"), parse_date("Tue, 20 Jan 2015 21:40:00 GMT")
    (datetime.date(2015, 1, 20), datetime.date(2015, 1, 20))
    """
    value = value.strip()[:100].translate(_DIGITS)
    match = _ISO.match(value) or _SLASHED.match(value)
    if match:
        year, month, day = (int(g) for g in match.groups())
        if 1300 <= year < 1500:  # a Solar Hijri date, as Iranian sites write it: "1393/10/30"
            return numeric_solar(year, month, day)
        return _day(year, month, day)
    match = _DAY_FIRST.match(value)
    if match:
        a, b, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
        if match.group(2) != "/" or a > 12:
            return _day(year, b, a)
        return _day(year, a, b) if b > 12 else None  # "01/02/2015" could be either
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
    number = MONTHS.get(name.lower()) or _other_month(name)
    return _day(int(year), number, int(day)) if number else None


def _other_month(name: str) -> int | None:
    """A month name of another of our languages ("января", "ژانویه")."""
    for code in LEXICAL_CODES:
        lang = language(code)
        number = lang.months.get(lang.key(lang.normalise(name)))
        if number:
            return number
    return None


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
        # a <time> without its datetime attribute says its date in words: "20 Jan 2015"
        day = parse_date(time.get("datetime") or "".join(time.itertext())) if how else None
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
