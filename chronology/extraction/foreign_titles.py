"""Titles of Russian and Persian events, by rules in the article's language (nothing is
translated): the sentence without its date words (and their prepositions) and a leading
source ("По данным источника,", "به گزارش خبرگزاری مهر،"); reported speech as the agencies'
headlines write it ("X заявил, что Y" -> "X: Y"; "X گفت: Y" -> "X: Y", a long speaker
shortened to the name); another attribution dropped; at most 14 words.  A longer title is cut at a clause boundary
after the eighth word; in a verb-final language (Persian) its last two words, the verb,
are kept after an ellipsis instead.
"""

from __future__ import annotations

import re

from chronology.dates.model import Mention
from chronology.languages.model import Language

MAX_TITLE_WORDS = 14
MIN_CUT_WORDS = 8
VERB_WORDS = 2


def foreign_title(words: str, start: int, mentions: list[Mention], lang: Language) -> str:
    """The title of the sentence ``words`` (which starts at offset ``start``)."""
    text = lang.source_prefix.sub("", _without_dates(words, start, mentions, lang).strip())
    said = lang.reported.match(text)
    if said:
        text = f"{_speaker(said.group('who').rstrip(' ,،'), lang)}: {said.group('what')}"
    else:
        text = lang.attribution.sub("", text)
    text = re.sub(r"\s+([,.،])", r"\1", " ".join(text.split()))
    title = cut(text, lang).strip(" ,.;:،—–-")
    return title[:1].upper() + title[1:] if title else words[:80]


def _speaker(who: str, lang: Language) -> str:
    """A long speaker ("Секретарь Совбеза Ирана Али Шамхани") shortened to the two words
    of the name: the last two in Russian, the first two in Persian (``NAME_FIRST``)."""
    words = who.split()
    if len(words) <= 4:
        return who
    return " ".join(words[:2] if lang.name_first else words[-2:])


def _without_dates(words: str, start: int, mentions: list[Mention], lang: Language) -> str:
    before = re.compile(rf"(?<!\w)(?:{lang.patterns['DATE_PREPOSITIONS']})\s*$", re.IGNORECASE)
    text = words
    for m in sorted(mentions, key=lambda m: -m.start):
        a, b = m.start - start, m.end - start
        if 0 <= a <= b <= len(text):
            text = before.sub("", text[:a]) + " " + text[b:].lstrip(",، ")
    return text


def cut(text: str, lang: Language) -> str:
    """At most 14 words (see the module docstring)."""
    words = text.split()
    if len(words) <= MAX_TITLE_WORDS:
        return text
    if lang.verb_final:
        return " ".join(words[:MAX_TITLE_WORDS - VERB_WORDS - 1] + ["…"] + words[-VERB_WORDS:])
    keep = words[:MAX_TITLE_WORDS]
    for i in range(len(keep) - 1, MIN_CUT_WORDS - 1, -1):
        if keep[i - 1].endswith((",", "،")) or lang.key(keep[i]) in lang.conjunctions:
            return " ".join(keep[:i])
    return " ".join(keep)
