"""Stable, readable event ids: ``YYYY-MM-DD-`` plus a slug of the title."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from chronology.languages import en_grammar

MAX_SLUG_WORDS = 8
_DROP = en_grammar.DATING_APPOSITIVE_DETERMINERS


def slugify(text: str, max_words: int = MAX_SLUG_WORDS) -> str:
    """ASCII, lower-case, hyphenated words: "Russia, Iran sign deal" -> "russia-iran-sign-deal"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = [w for w in re.findall(r"[a-z0-9]+", ascii_text.lower()) if w not in _DROP]
    return "-".join(words[:max_words])


def event_id(date: str, title: str) -> str:
    """The id of an event before uniquifying: ``2015-01-20-russia-iran-sign-...``; a title
    with no Latin letters (Russian, Persian) gives a short stable hash of its words."""
    slug = slugify(title)
    if not slug and title.strip():
        slug = hashlib.sha1(" ".join(title.split()).encode("utf-8")).hexdigest()[:8]
    return f"{date}-{slug}" if slug else date


def uniquify(ids: list[str]) -> list[str]:
    """Make ids unique in order: the second ``x`` becomes ``x-2``, the third ``x-3``."""
    seen: dict[str, int] = {}
    taken = set(ids)
    out = []
    for ident in ids:
        count = seen.get(ident, 0) + 1
        seen[ident] = count
        candidate = ident
        while count > 1 and (candidate := f"{ident}-{count}") in taken:
            count += 1
        if count > 1:
            seen[ident] = count
            taken.add(candidate)
        out.append(candidate)
    return out
