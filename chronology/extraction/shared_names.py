"""The proper names a report uses besides its people, places and countries: the name of an
agreement ("the EDCA", "the Shusha Declaration"), of a product ("30 Rafale planes"), of a
programme or a company.  Two reports of one day that use the same such name, and agree on
the rest (``sameness.match_score``), tell the same event even when their wording differs.

A name is a capitalised word inside a sentence, or an acronym anywhere; not a word that
starts a sentence or a quotation ("So", "Both"), not a title, office, month or weekday
("President", "Ministry", "Friday"), not a country or demonym, not a word of a person's
name or of a place or region ("Caspian": those are compared as actors and places), and not
the dateline or the agency of a wire story ("QINGDAO, April 22 (Xinhua) --").  Names that
many acts share, as the sources they cite ("the IRGC told IRNA"), are why ``match_score``
also asks for a kind of event or other words in common.

>>> sorted(names_in("MANILA, Philippines -- Marcos approved four more EDCA sites on Friday."))
['EDCA']
>>> sorted(names_in("Egypt ordered 30 Rafale planes from France, Russian officials said."))
['RAFALE']
>>> sorted(names_in("The Iranian Defence Minister met Putin in Moscow.", frozenset({"Putin"})))
[]
"""

from __future__ import annotations

import re
from functools import lru_cache

from chronology.extraction.gazetteer import REGIONS, country_of, is_place
from chronology.extraction.sentences import dateline_end
from chronology.languages import en

_COMMON = (en.ROLE_WORDS | en.ORG_WORDS | en.FUNCTION_WORDS | en.PLACE_NOUNS | en.DOCUMENT_NOUNS
           | en.EVENT_NOUNS | en.NAME_COUNT_WORDS | en.MEDIA_WORDS | en.PLACE_PREFIXES
           | {name.capitalize() for names in en.MONTH_NAMES for name in names}
           | {day.capitalize() for day in en.WEEKDAYS}
           | {word for region in REGIONS for word in region.split()})  # "Caspian", "Persian"
_TOKEN = re.compile(r"(?<![\w’'-])[A-Z][\w-]*\w")
_ACRONYM = re.compile(r"[A-Z0-9-]{2,}")
_OPENING = re.compile(r"(?:^|[.!?…:;(“\"‘]|\s[–—-]+)\W*$")  # what comes before a first word
_POSSESSIVE = re.compile(r"[’']s\W*$")
_PARTS = re.compile(r"(?<=[.!?…][”\"’])\s+|(?<=[.!?…])\s+")  # not after "trials,”"


@lru_cache(maxsize=4096)  # the merge compares the quotes of the last few days again and again
def names_in(text: str, skip: frozenset[str] = frozenset()) -> frozenset[str]:
    """The names ``text`` uses (upper-cased), without the words in ``skip`` (the words of
    the people and places the report names)."""
    found = set()
    for part in _PARTS.split(text):
        start = dateline_end(part, 0, len(part))
        for match in _TOKEN.finditer(part, start):
            word = match.group(0)
            first = _OPENING.search(part, 0, match.start()) is not None or match.start() == start
            if (first and not _ACRONYM.fullmatch(word)) or word in skip or _common(word):
                continue
            if _in_place_name(part, match):
                continue
            found.add(word.upper())
    return frozenset(found)


def _common(word: str) -> bool:
    plain = word.capitalize()
    return (word in _COMMON or plain in _COMMON or bool(country_of(word))
            or bool(country_of(word.split("-")[0])) or is_place(word) or is_place(plain))


def _in_place_name(part: str, match: re.Match) -> bool:
    """A word of a two-word country or place ("North" of "North Korea", "New" of "New Delhi")."""
    before = part[:match.start()].split()[-1:]
    after = part[match.end():].split()[:1]
    word = match.group(0)
    pairs = [before[0].strip("“‘(") + " " + word] if before else []
    pairs += [word + " " + _POSSESSIVE.sub("", after[0]).strip(",.;:”’)")] if after else []
    return any(country_of(pair) or is_place(pair) for pair in pairs)
