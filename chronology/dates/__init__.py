"""The date engine: the only part of chronology that calls ``dateparser``.

Public facade:

- ``find_reference(text, published=None, period=None) -> ReferenceDate``: the article's own date.
- ``find_mentions(text, reference, spans=None) -> list[Mention]``: every date mention,
  normalised against ``reference``.
"""

from __future__ import annotations

import datetime as dt

from chronology.dates.model import Mention, ReferenceDate

__all__ = ["Mention", "ReferenceDate", "find_mentions", "find_reference"]


def find_reference(
    text: str, published: dt.date | None = None, period: tuple[int, int] | None = None
) -> ReferenceDate:
    """The article's own date: front matter ``published``, else its publication line or dateline."""
    raise NotImplementedError("date engine: find_reference")


def find_mentions(
    text: str, reference: dt.date | None, spans: list[tuple[int, int]] | None = None
) -> list[Mention]:
    """Every date mention in ``text`` (or only inside ``spans``), sorted by ``start``."""
    raise NotImplementedError("date engine: find_mentions")
