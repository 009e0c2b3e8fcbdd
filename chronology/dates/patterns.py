"""Regex pieces of the English date engine, built from ``chronology/languages/en.py``.

Month and weekday names are matched case-sensitively (``May``, not ``may``; ``March``, not
``march``) so that verbs and pronouns are never taken for dates.  Everything else is
case-insensitive.  Every pattern is compiled once, at import.
"""

from __future__ import annotations

import re

from chronology.languages import en

MONTHS: dict[str, int] = {
    name.lower(): n for n, names in enumerate(en.MONTH_NAMES, start=1) for name in names
}
WEEKDAYS = en.WEEKDAYS
WEEKDAY_ABBR = en.WEEKDAY_ABBR
NUMBERS = en.NUMBERS
ORDINALS = en.ORDINALS


def _cased(words) -> str:
    """An alternation of ``words`` in Title case and UPPER case, longest first."""
    forms = set()
    for w in words:
        forms.add(w[0].upper() + w[1:])
        forms.add(w.upper())
    return "|".join(sorted(forms, key=len, reverse=True))


_MONTH_FULL = _cased(w for w in MONTHS if len(w) > 4 or w in ("may", "june", "july"))
_MONTH_ABBR = _cased(w for w in MONTHS if len(w) <= 4 and w not in ("may", "june", "july"))
_WEEKDAY_WORDS = _cased(WEEKDAYS)
_WEEKDAY_ABBR = _cased(w for w in WEEKDAY_ABBR if len(w) > 3)

# A month's or a weekday's name in any of the forms above, as a whole word (the tagger's
# gates look for them before a rule is tried).
MONTH_WORD = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})\b"
WEEKDAY_WORD = rf"(?:{_WEEKDAY_WORDS}|{_WEEKDAY_ABBR})\b"
# Regex pieces (used inside patterns compiled with re.IGNORECASE: the names stay cased).
# A full name never takes the sentence's full stop; an abbreviation takes its own dot.
MON = rf"(?-i:(?P<mon>(?:{_MONTH_FULL})\b|(?:{_MONTH_ABBR})\b\.?))"
WD = rf"(?-i:(?P<wd>(?:{_WEEKDAY_WORDS})\b|(?:{_WEEKDAY_ABBR})\b\.?))"
_DAY_WORDS = "|".join(w.replace("-", r"[\s-]") for w in sorted(en.DAY_ORDINALS, key=len,
                                                                 reverse=True))
# A day in words ends the phrase: "March eighth, the vote", not "June second quarter".
DAYW_OF = rf"(?P<dayw>{_DAY_WORDS})\s+of"  # "the first of March"
DAYW = (rf"(?P<dayw>{_DAY_WORDS})(?=\s*(?:[,.;:!?)\"'’”]|$)|\s+(?:and|or|to|through|at|in|on|"
        r"when|while|with|for|after|before|the|a|an|he|she|it|they|we|this|last|next)\b)")
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:,.]\d|\s*(?:%|percent|per\s+cent|[ap]\.?m\b))"
YEAR = r"(?P<year>(?:1[6-9]|20)\d\d)(?![\d,.]\d|\s*(?:%|percent))"
# Prechecks: a span without these holds no date with its year written in digits (``YEAR``) or
# no month's name (``MON``), and need not be tagged for one.
YEAR_DIGITS = re.compile(r"(?:1[6-9]|20)\d\d")
MONTH_NAME = re.compile(MONTH_WORD)
_COUNT = "|".join(w.replace(" ", r"\s+") for w in en.COUNT_WORDS[:2])
_COUNT += r"|an?|" + "|".join(en.COUNT_WORDS[4:])
# Counts in words past twenty, as news on the air reads them out: "thirty-five years ago",
# "sixty years ago", "a hundred years ago", "two hundred years later" (tried before the
# single words, which would stop at "thirty").
# A hundred with its tail, whole: "a hundred and fifty", "one hundred twenty-five" (not
# "fifty years ago" read out of "a hundred and fifty years ago").
_TENS_UNITS = (rf"(?:{'|'.join(en.SPELLED_TENS)})(?:[\s-](?:{'|'.join(en.SPELLED_UNITS)})\b)?")
_SPELLED_COUNT = (rf"(?:an?|{'|'.join(en.SPELLED_UNITS)})\s+{en.HUNDRED}(?:\s+(?:{en.NUMBER_AND}\s+)?"
                  rf"(?:{_TENS_UNITS}|(?:{'|'.join(en.SPELLED_TEENS + en.SPELLED_UNITS)})\b))?"
                  rf"|{_TENS_UNITS}")
NUM = rf"(?P<num>\d{{1,3}}|{_SPELLED_COUNT}|{_COUNT})"
UNIT = rf"(?P<unit>{'|'.join(en.UNITS)})s?"
_UNITS = rf"(?:{'|'.join(en.SPELLED_UNITS)})"
_TEENS = rf"(?:{'|'.join(en.SPELLED_TEENS)})"
_TENS = rf"(?:{'|'.join(en.SPELLED_TENS)})"
_CENTURIES = "|".join(en.SPELLED_CENTURIES)
SPELLED_YEAR = (
    rf"(?P<yw>(?:{_CENTURIES})[\s-]+(?:{_TENS}(?:[\s-]+{_UNITS})?|{_TEENS}|"
    rf"{en.HUNDRED}|oh[\s-]+{_UNITS})|two\s+thousand(?:\s+(?:{en.NUMBER_AND}\s+)?(?:{_TENS}(?:[\s-]+"
    rf"{_UNITS})?|{_TEENS}|{_UNITS}))?)\b"
)
_WORD_VALUES = en.WORD_VALUES


def spelled_year(words: str) -> int:
    """The year a spelled-out year names: "nineteen ninety-six" -> 1996, "two thousand" -> 2000."""
    parts = [w for w in re.split(r"[\s-]+", words.lower()) if w != en.NUMBER_AND]
    if parts[:2] == ["two", "thousand"]:
        return 2000 + sum(_WORD_VALUES[w] for w in parts[2:])
    if parts[1] == en.HUNDRED:
        return _WORD_VALUES[parts[0]] * 100
    return _WORD_VALUES[parts[0]] * 100 + sum(_WORD_VALUES[w] for w in parts[1:])


MOD = rf"(?:(?P<mod>{'|'.join(en.MODIFIERS)})[\s-]+)?"
PART = rf"(?:\s+(?P<part>{'|'.join(en.DAY_PARTS)})\b)?"
# A clock time right before a day names the time of that day: "9 a.m. Tuesday", "4 a.m. EDT
# Thursday" (a time zone in capitals only), "noon Tuesday", "midnight Friday".
CLOCK = (r"(?:(?:(?P<hh>[01]?\d)(?:[:.](?P<mm>[0-5]\d))?\s*(?P<ampm>[ap])\.?m\.?|"
         rf"(?P<noon>{'|'.join(en.CLOCK_WORDS)}))"
         r"(?:\s+(?-i:[A-Z]{1,3}T|GMT|UTC))?\s+)")
SEASON = rf"(?P<season>{'|'.join(en.SEASONS)})"
# "of that year", "the following year": the year of a date told before (or the one after or
# before it) that a month, day, season, quarter or half belongs to ("in March of that year").
_TOLD = sorted(en.YEAR_TOLD, key=len, reverse=True)
TOLD_YEAR = (r"(?P<toldyear>" + "|".join(w.replace(" ", r"\s+") for w in _TOLD)
             + r")\s+year(?![\w'’-])")


def _last_two_words(phrases) -> str:
    """"at the time" -> a pattern matching "the time" only after "at " (the span TimeML
    gives), for each of ``phrases``."""
    alternatives = []
    for phrase in phrases:
        words = phrase.split()
        head, tail = words[:-2], words[-2:]
        behind = r"\s".join(head) + r"\s"  # a fixed-width look-behind per phrase
        alternatives.append(rf"(?<=\b{behind}){tail[0]}\s+{tail[1]}\b")
    return "|".join(alternatives)


ANAPHOR_TIME = rf"(?P<anatime>{_last_two_words(en.ANAPHORIC_TIME)})(?=\s*[,.;:)!?])"
ANAPHOR_DAY = rf"(?P<anaday>{_last_two_words(en.ANAPHORIC_DAY)})"
ANAPHORIC = "|".join(w.replace(" ", r"\s+") for w in en.ANAPHORIC_DETERMINERS)


def compile_(pattern: str) -> re.Pattern:
    """Compile a tagger pattern: case-insensitive, word-bounded on the left."""
    return re.compile(r"(?<![\w$€£#+\-/.])" + pattern, re.IGNORECASE)


def may_hold(text: str, *words: str) -> bool:
    """False only when ``text`` holds none of ``words`` (lower-case ASCII) in any case: a cheap
    test before a case-blind regex that needs one of them.  A text with other letters is left
    to the regex (under re.IGNORECASE, "ı", "İ", "ſ" and the Kelvin sign match ASCII letters).

    >>> may_hold("First published in May", "first"), may_hold("Published in May", "first")
    (True, False)
    """
    if not text.isascii():
        return True
    lower = text.lower()
    return any(word in lower for word in words)


def number(word: str) -> int | None:
    """The value of a number word or digits (``"two"`` -> 2); None for vague ones ("several")."""
    w = " ".join(word.lower().split())
    if w.isdigit():
        return int(w)
    if w in NUMBERS:
        return NUMBERS[w]
    parts = re.split(r"[\s-]+", w)  # "thirty-five", "a hundred", "two hundred and fifty"
    if en.HUNDRED in parts[1:2]:
        tail = [p for p in parts[2:] if p != en.NUMBER_AND]
        if not all(p in _WORD_VALUES for p in tail):
            return None
        return 100 * NUMBERS.get(parts[0], 0) + sum(_WORD_VALUES[p] for p in tail) or None
    if all(p in _WORD_VALUES for p in parts):
        return sum(_WORD_VALUES[p] for p in parts)
    return None


def day_number(groups) -> int:
    """The day of a month-day candidate's groups: digits ("8", "8th") or words ("eighth")."""
    if groups.get("day"):
        return int(groups["day"])
    word = "-".join(groups["dayw"].lower().split())
    return en.DAY_ORDINALS.index(word) + 1


def month(word: str) -> int:
    """The month number of a month name or abbreviation (``"Sept."`` -> 9)."""
    return MONTHS[word.lower().rstrip(".")]


def weekday(word: str) -> int:
    """The weekday number (Monday 0) of a weekday name or abbreviation."""
    w = word.lower().rstrip(".")
    return WEEKDAYS.get(w, WEEKDAY_ABBR.get(w, 0))


# "twice as high this year as last": the unit "last" leaves out, after "this year as/than".
ELIDED_UNIT = re.compile(r"\bthis\s+(?P<unit>year|month|week)\s+(?:than|as)\s+$",
                         re.IGNORECASE)
