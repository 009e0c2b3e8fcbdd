"""The JSON-LD objects a page describes itself with (``<script type="application/ld+json">``).

Pages carry them for search engines: ``{"@type": "NewsArticle", "headline": …,
"datePublished": …, "publisher": {"name": …}}``, sometimes inside ``@graph`` or a list.
Hostile or broken JSON is skipped, never fatal: sizes and depth are bounded.
"""

from __future__ import annotations

import json

MAX_SCRIPTS = 20
MAX_SCRIPT_CHARS = 2**20
MAX_DEPTH = 6
MAX_OBJECTS = 200
# Types that describe the story itself, best first; other typed objects come after them.
ARTICLE_TYPES = ("NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "Article",
                 "BlogPosting", "LiveBlogPosting", "Report", "WebPage")


def jsonld_objects(root) -> list[dict]:
    """Every typed JSON-LD object of the page, story objects (``ARTICLE_TYPES``) first."""
    found: list[dict] = []
    scripts = [s for s in root.iter("script")
               if (s.get("type") or "").strip().lower() == "application/ld+json"]
    for script in scripts[:MAX_SCRIPTS]:
        data = _load(script.text or "")
        if data is not None:
            _collect(data, found, 0)
    return sorted(found, key=_rank)


def _load(text: str):
    if len(text) > MAX_SCRIPT_CHARS:
        return None
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def _collect(data, found: list[dict], depth: int) -> None:
    if depth > MAX_DEPTH or len(found) >= MAX_OBJECTS:
        return
    if isinstance(data, list):
        for item in data[:MAX_OBJECTS]:
            _collect(item, found, depth + 1)
    elif isinstance(data, dict):
        if "@type" in data:
            found.append(data)
        if "@graph" in data:
            _collect(data["@graph"], found, depth + 1)


def types_of(obj: dict) -> list[str]:
    """The object's ``@type`` as a list of strings (it may be a string or a list)."""
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return [k for k in kinds if isinstance(k, str)]


def _rank(obj: dict) -> int:
    ranks = [ARTICLE_TYPES.index(k) for k in types_of(obj) if k in ARTICLE_TYPES]
    return min(ranks, default=len(ARTICLE_TYPES))


def first_text(objects: list[dict], key: str, story_only: bool = True) -> str | None:
    """The first plain-string value of ``key`` (or of ``key``'s ``name``/``@id``), searching
    story objects only unless ``story_only`` is false."""
    for obj in objects:
        if story_only and _rank(obj) == len(ARTICLE_TYPES):
            continue
        value = obj.get(key)
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, dict):
            value = value.get("name") or value.get("@id")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None
