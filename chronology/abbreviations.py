"""Is a full stop an abbreviation's, not a sentence's end?  One answer for the sentence
splitter (``extraction/sentences.py``), the date engine's sentence bounds (``dates/context.py``)
and the page cleaner's count of sentences (``articles/clean.py``), so the three never disagree
on where an English sentence ends.

>>> is_abbreviation("Lt. Gen. Ivanov arrived.", 2), is_abbreviation("Lt. Gen. Ivanov arrived.", 23)
(True, False)
>>> is_abbreviation("the U.S. Navy", 7), is_abbreviation("by John J. Smith", 9)
(True, True)
"""

from __future__ import annotations

import re

from chronology.languages import en

_LONGEST_TOKEN = 40  # abbreviations and initials are short; a longer token is neither
_INITIALS = re.compile(r"([A-Z]\.)*[A-Z]")  # "J.", "U.S.", "U.N."


def _token_char(char: str) -> bool:
    """A character of a word or an abbreviation's dots (``[\\w.]``)."""
    return char.isalnum() or char in "._"


def is_abbreviation(text: str, dot: int, initials: bool = True) -> bool:
    """True when ``text[dot]`` is the full stop of a title, rank, month or other abbreviation
    (``en.ABBREVIATIONS``) or, with ``initials``, of an initial or a dotted acronym, which
    does not end the sentence."""
    if text[dot] != ".":
        return False
    # Look back a bounded distance only (searching all of text[:dot] at every full stop made
    # splitting quadratic in the paragraph's length), one character at a time: the date
    # engine asks at every full stop near every date.
    floor = max(0, dot - _LONGEST_TOKEN)
    start = dot
    while start > floor and _token_char(text[start - 1]):
        start -= 1
    if start == dot or (start == floor and start > 0 and _token_char(text[start - 1])):
        return False
    token = text[start:dot]
    name = token.lower().strip(".")
    if name in en.COMPANY_SUFFIX_RANKS:
        before = text[max(0, start - _LONGEST_TOKEN):start].split()[-1:]
        if before and before[0] in en.ORG_WORDS:
            return False  # "… built by Acme Defence Systems Pvt. The navy said …"
    return name in en.ABBREVIATIONS or (initials and bool(_INITIALS.fullmatch(token)))
