"""A second act set against the first in one sentence.

News copy pairs two acts with a contrast: "Alvi visited Türkiye in August 2021 for the
launch of the first corvette, whereas the groundbreaking for the second, PNS B, took place in
Karachi in May".  The clause after the link has its own subject, its own past verb and its own
date: a second event, not a side detail of the first (``contrast_clauses``).  A clause with
no verb of its own ("while visiting Moscow in May") is no second act.  The words are
``en.CONTRAST_LINKS``.
"""

from __future__ import annotations

import re

from chronology.extraction.verbs import AUXILIARIES, is_past
from chronology.languages import en, en_grammar

_LINK = re.compile(r",\s+(?:" + "|".join(en.CONTRAST_LINKS) + r")\s+")
_WORD = re.compile(r"[\w'’-]+")


def contrast_clauses(text: str, start: int, end: int, main_date: int) -> list[tuple[int, int]]:
    """The spans of the clauses of ``text[start:end]`` set against its main clause by a
    contrast link, after the main clause's date (at ``main_date``), that tell an act of their
    own: a subject, then a past verb.

    >>> s = "X visited Y in May, whereas the talks took place in Z in June."
    >>> [s[a:b] for a, b in contrast_clauses(s, 0, len(s), s.index("May"))]
    ['the talks took place in Z in June.']
    >>> s = "X visited Y in May, while visiting Z in June."
    >>> contrast_clauses(s, 0, len(s), s.index("May"))
    []
    """
    links = [m for m in _LINK.finditer(text, start, end) if m.start() > main_date]
    clauses = []
    for number, link in enumerate(links):
        stop = links[number + 1].start() if number + 1 < len(links) else end
        words = _WORD.findall(text[link.end():stop])
        verb = next((i for i, w in enumerate(words) if w.islower() and
                     (is_past(w) or w in AUXILIARIES)), None)
        if verb and not words[0].endswith("ing") and is_past(words[verb]) and \
                words[verb] not in AUXILIARIES and words[verb] not in en.SPEECH_VERBS and \
                words[0].lower() not in _PRONOUNS and not _FUTURE.search(text, link.end(), stop):
            clauses.append((link.end(), stop))
    return clauses


_PRONOUNS = en_grammar.CONTRAST_PRONOUNS
_FUTURE = re.compile(r"\b(?:will|would|shall|is to|are to|plans? to)\b")
