"""The date engine: the only part of chronology that calls ``dateparser`` (in ``parse.py``).

Public facade:

- ``find_reference(text, published=None, period=None) -> ReferenceDate``: the article's own date.
- ``find_mentions(text, reference, spans=None) -> list[Mention]``: every date mention,
  normalised against ``reference``.

>>> import datetime as dt
>>> [m.value for m in find_mentions("He said on Tuesday that last year was hard.",
...                                 dt.date(2015, 1, 22))]
['2015-01-20', '2014']
>>> find_reference("MOSCOW, January 22 (Sputnik) - Talks went on throughout 2015.").iso
'2015-01-22'
"""

from __future__ import annotations

import datetime as dt

from chronology.dates.model import Mention, ReferenceDate
from chronology.dates.reference import find_reference
from chronology.dates.resolve import resolve
from chronology.dates.tagger import find_candidates

__all__ = ["Mention", "ReferenceDate", "find_mentions", "find_reference"]


def find_mentions(
    text: str, reference: dt.date | None, spans: list[tuple[int, int]] | None = None
) -> list[Mention]:
    """Every date mention in ``text`` (or only inside ``spans``), sorted by ``start``.

    Relative mentions are resolved against ``reference`` (without one, only dates that carry
    their own year are given values).  Chained relatives ("the following day") count from
    the last date mentioned before them, even when that date lies outside ``spans``.
    """
    mentions = resolve(text, find_candidates(text), reference)
    if spans is None:
        return mentions
    return [m for m in mentions if any(s <= m.start and m.end <= e for s, e in spans)]
