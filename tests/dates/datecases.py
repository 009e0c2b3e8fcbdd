"""Helpers for the date engine's tables."""

from __future__ import annotations

import datetime as dt

from chronology.dates import find_mentions


def value_of(text: str, reference: str | None, mention: str) -> str | None:
    """The value the engine gives the mention whose text is ``mention`` (None if not found)."""
    ref = dt.date.fromisoformat(reference) if reference else None
    found = [m for m in find_mentions(text, ref) if m.text == mention]
    assert len(found) <= 1, f"{mention!r} found {len(found)} times"
    return found[0].value if found else None


def mention_texts(text: str, reference: str = "2015-01-22") -> list[str]:
    """The texts of every mention the engine finds."""
    return [m.text for m in find_mentions(text, dt.date.fromisoformat(reference))]


def range_of(text: str, reference: str | None, mention: str) -> tuple[str, str | None] | None:
    """``(value, end_value)`` of the mention whose text is ``mention`` (None if not found)."""
    ref = dt.date.fromisoformat(reference) if reference else None
    found = [m for m in find_mentions(text, ref) if m.text == mention]
    assert len(found) <= 1, f"{mention!r} found {len(found)} times"
    return (found[0].value, found[0].end_value) if found else None
