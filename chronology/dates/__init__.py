"""The date engine: the only part of chronology that calls ``dateparser`` (in ``parse.py``).

Public facade:

- ``find_reference(text, published=None, period=None, published_source=None,
  language="en") -> ReferenceDate``: the article's own date.
- ``find_mentions(text, reference, spans=None, language="en") -> list[Mention]``: every date
  mention, normalised against ``reference``.

English has its own tuned rules (``tagger.py``, ``resolve.py``, ``reference.py``); every
other language in ``chronology/languages/`` is read by the lexicon-driven rules
(``lexical.py``, ``lexical_resolve.py``, ``lexical_tense.py``, ``lexical_values.py``,
``lexical_reference.py``) from its tables.

>>> import datetime as dt
>>> [m.value for m in find_mentions("He said on Tuesday that last year was hard.",
...                                 dt.date(2015, 1, 22))]
['2015-01-20', '2014']
>>> find_reference("MOSCOW, January 22 (Sputnik) - Talks went on throughout 2015.").iso
'2015-01-22'
"""

from __future__ import annotations

import datetime as dt
import re

from chronology.dates import lexical_reference, lexical_resolve
from chronology.dates.model import Mention, ReferenceDate
from chronology.dates.reference import find_reference as _find_english_reference
from chronology.dates.resolve import resolve
from chronology.dates.tagger import find_candidates
from chronology.languages import MODULES, script_counts

__all__ = ["LEXICAL", "Mention", "ReferenceDate", "find_mentions", "find_reference"]

LEXICAL = tuple(code for code in MODULES if code != "en")  # read from their tables alone
_HEAD = 3000  # where an article prints its own date
_OTHER_SCRIPT = re.compile(r"[^\x00-\u024f\u2000-\u206f\u00a0\u200b-\u200f\u2190-\u22ff]")


def find_reference(text: str, published: dt.date | None = None,
                   period: tuple[int, int] | None = None, published_source: str | None = None,
                   language: str = "en") -> ReferenceDate:
    """The article's own date (front matter, page metadata, publication line, dateline,
    inferred); ``published_source`` names the page tag a ``published`` date came from."""
    if language in LEXICAL:
        return lexical_reference.find_reference(text, language, published, period)
    found = _find_english_reference(text, published, period, published_source)
    if found.source in ("none", "inferred", "weekday") or found.year_inferred:
        # an English page may print its own date in another of our languages: "13 ноября 2019"
        if not _OTHER_SCRIPT.search(text, 0, _HEAD):
            return found  # only Latin letters near the top: no date written in another script
        counts = script_counts(text[:_HEAD])
        for code in LEXICAL:
            if not counts.get(MODULES[code].SCRIPT):
                continue  # no word of that script near the top: no date written in it
            other = lexical_reference.find_reference(text, code, None, period)
            if other.source == "publication-line" and not other.year_inferred:
                return other
    return found


def find_mentions(
    text: str, reference: dt.date | None, spans: list[tuple[int, int]] | None = None,
    language: str = "en",
) -> list[Mention]:
    """Every date mention in ``text`` (or only inside ``spans``), sorted by ``start``.

    Relative mentions are resolved against ``reference`` (without one, only dates that carry
    their own year are given values).  Chained relatives ("the following day") count from
    the last date mentioned before them, even when that date lies outside ``spans``.
    """
    if language in LEXICAL:
        return lexical_resolve.find_mentions(text, reference, language, spans)
    mentions = resolve(text, find_candidates(text), reference)
    if spans is None:
        return mentions
    return [m for m in mentions if any(s <= m.start and m.end <= e for s, e in spans)]
