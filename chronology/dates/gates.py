"""Where the tagger's rules may match: keyword gates and the windows around their hits.

A rule runs only near a hit of its kind's gate: most rules are slow to try at every word,
and most texts hold few of their keywords.  A gate is an alternation.  On the lower-cased
text its plain words (a trailing ``\\b`` allowed) are found with ``str.find``, far cheaper
than a regex trying every letter, and only its other alternatives are a regex; a gate on
capitalised names stays one regex (capitals are rare: the regex skips to them fast).  A word
written ``\bword`` hits only where a word starts ("quarter" not in "headquarters", "now" not
in "known"): every rule of its kind reads it so, and a window around a hit inside another
word would be scanned for nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from chronology.dates import patterns
from chronology.languages import en

# A month's or a weekday's name as the rules read it (``patterns.MON``, ``patterns.WD``), a
# whole word: "Mar" also opens "Marine" and "Mark", "Sat" "Satellite", and a window around
# such a name costs every month rule a scan for nothing.
_MONTH_GATE = patterns.MONTH_WORD
_WEEKDAY_GATE = patterns.WEEKDAY_WORD
# Gates on month and weekday names (and holidays) run on the text itself: those names must be
# capitalised.  The others run on the lower-cased text.
_CASED_GATES = ("full", "monthday", "monthyear", "monthrange", "monthweek", "month", "weekday",
                "wdrange", "holiday")
# One gate per rule kind (the tagger's ``RULES``), and second gates for the rules written
# "kind+gate": a match of such a rule holds a hit of both.
GATES = {
    "iso": r"(?:19|20)\d\d[-/]\d",
    "slashed": r"\d[/.-]\d{1,2}[/.-](?:19|20)\d\d",
    "full": _MONTH_GATE,
    "monthday": _MONTH_GATE,
    "monthyear": _MONTH_GATE,
    "monthrange": rf"[-–]\s*(?:{_MONTH_GATE})",
    "monthweek": _MONTH_GATE,
    "month": _MONTH_GATE,
    "decade": r"0s\b|0's\b|0’s\b|ties\b",
    "century": r"\bcentury",
    "quarter": r"\bquarter\b|\bperiod\b|1q\b|2q\b|3q\b|4q\b|q1|q2|q3|q4",
    "yearago": r"year[\s-](?:earlier|ago)",
    "half": r"\bhalf|two\s+quarters",
    "season": r"\bspring|\bsummer|\bfall|\bautumn|\bwinter",
    "year": r"(?:1[6-9]|20)\d\d|seventeen|eighteen|nineteen|thousand",
    "yearrange": r"(?:1[6-9]|20)\d\d(?:\s*[-–]\s*|/)\d\d",
    "dayword": r"today|tonight|yesterday|tomorrow",
    "daypart": "|".join(rf"\b{part}\b" for part in en.DAY_PARTS),
    "dayonly": r"\d(?:st|nd|rd|th)\b",
    "weekday": _WEEKDAY_GATE,
    "wdrange": rf"[-–]\s*(?:{_WEEKDAY_GATE})",
    "calrel": r"\byear\b|\bmonth\b|\bweek\b|\bweekend\b|\bquarter\b|\bdecade\b|\bcentury\b|"
              r"\bspring\b|\bsummer\b|\bfall\b|\bautumn\b|\bwinter\b",
    # (both found by ``_SCANNED``, not by these patterns: cheaper than a regex over the whole
    # text or a word per form)
    "midperiod": r"\bmid-?(?:year|month|week)\b",
    "shortyear": r"['’]\d\d",
    "ago": r"\bago\b|\bearlier\b|\blater\b|\bbefore\b|\bafter\b|\bhence\b|from\s+now\b|"
           r"from\s+today\b|\bpreviously\b",
    "chain": r"\bday\b|\bweek\b|\bmonth\b|\byear\b|\bmorning\b|\bafternoon\b|\bevening\b|"
             r"\bnight\b",
    # second gates
    "unit": "|".join(rf"\b{unit}" for unit in en.UNITS),
    "order": r"\bfollowing\b|\bnext\b|\bprevious\b|\bpreceding\b|\bprior\b",
    "that": "|".join(w.replace(" ", r"\s+") if " " in w else rf"\b{w}\b"
                     for w in en.ANAPHORIC_DETERMINERS),
    "weekend": r"weekend",
    "fiscal": r"fiscal|financial",
    "ref": r"\bnow|\bcurrent|\bpresent|\bdays|\bmoment|\brecent|\blately|\bpast|\bfuture|"
           r"\bcoming|\bupcoming|\bterm|\bsoon|"
           r"last\s+(?:few|several)|one\s+day|some\s*day|or\s+two",
    "yearend": r"year[\s-]end|year['’]s\s+end",
    "ytd": r"months",
    "anaphor": r"th(?:e\s+(?:time|day)|at\s+time)\b",  # "th": a fast literal prefix
    "holiday": r"Christmas|Year's|Year’s|Thanksgiving|Easter|Election|Independence|Valentine|"
               r"Halloween|Labor|Memorial|Good\s+Friday|Boxing|Nowruz|Norouz|Nowrouz|Norooz|Noruz|"
               + en.US_NAMED_DAY_NAMES,
}
_REACH = 60  # characters around a gate hit where a rule may match
# Gates read off another gate's hits, with no scan of their own: a month or a weekday named
# right after a dash ("January-October", "Monday-Wednesday"), for the range rules.
_AFTER_DASH = {"monthrange": "month", "wdrange": "weekday"}


@dataclass(frozen=True)
class Gate:
    """A gate split for speed: plain ``words`` (those in ``bounded`` end at a word boundary,
    those in ``starts`` begin at one) and the ``rest`` of the alternation as a regex (None
    when all are words)."""

    words: tuple[str, ...]
    bounded: frozenset[str]
    rest: re.Pattern | None
    cased: bool = False  # on the text itself, not lower-cased
    starts: frozenset[str] = frozenset()


_PLAIN = re.compile(r"(?:\\b)?[A-Za-z0-9'’]+(?:\\b)?")


def _split_gate(pattern: str) -> Gate:
    """``Gate`` of an alternation pattern (split at its top-level ``|``)."""
    alternatives, depth, last = [], 0, 0
    for i, ch in enumerate(pattern):
        depth += ch == "(" and pattern[i - 1 : i] != "\\"
        depth -= ch == ")" and pattern[i - 1 : i] != "\\"
        if ch == "|" and depth == 0:
            alternatives.append(pattern[last:i])
            last = i + 1
    alternatives.append(pattern[last:])
    plain = [a for a in alternatives if _PLAIN.fullmatch(a)]
    rest = [a for a in alternatives if not _PLAIN.fullmatch(a)]
    words = tuple(a.removeprefix(r"\b").removesuffix(r"\b") for a in plain)
    bounded = frozenset(a.removeprefix(r"\b").removesuffix(r"\b") for a in plain
                        if a.endswith(r"\b"))
    starts = frozenset(a.removeprefix(r"\b").removesuffix(r"\b") for a in plain
                       if a.startswith(r"\b"))
    return Gate(words, bounded, re.compile("|".join(rest)) if rest else None, starts=starts)


_GATES = {kind: Gate((), frozenset(), re.compile(g), cased=True) if kind in _CASED_GATES
          else _split_gate(g) for kind, g in GATES.items()}
_WORDS = tuple(sorted({word for gate in _GATES.values() for word in gate.words}))
# Rare characters: the places of a word holding one are read off the character's (one scan
# of the text for "quarter", "q1" ... "4q", and one for "0s", "0's", not one each).
_RARE = "q0"


def _found_from(word: str) -> tuple[str, int] | None:
    """Whose places give ``word``'s, and where in ``word`` it stands: a shorter gate word
    that opens it ("day" of "days", "after" of "afternoon"), or a rare character in it."""
    opening = [w for w in _WORDS if w != word and word.startswith(w)]
    if opening:
        return max(opening, key=len), 0
    return next(((ch, word.index(ch)) for ch in _RARE if ch in word), None)


# Words found from another's places (shorter first: what gives them is found before), and
# the words and characters each scanned for.
_FROM = sorted(((w, base) for w in _WORDS if (base := _found_from(w))), key=lambda f: len(f[0]))
_SCAN = tuple(w for w in _WORDS if _found_from(w) is None) + tuple(_RARE)
_GATES_ANY_CASE = {kind: re.compile(g, re.IGNORECASE) for kind, g in GATES.items()}
# The gates for a lower-cased text of ASCII alone, where ``\d`` is ``[0-9]``: a scan that
# opens with a set of ten characters skips faster than one that opens with a class of every
# script's digits ("slashed", "dayonly").
_GATES_ASCII = {**_GATES, **{
    kind: replace(gate, rest=re.compile(gate.rest.pattern.replace(r"\d", "[0-9]")))
    for kind, gate in _GATES.items()
    if gate.rest is not None and not gate.cased and r"\d" in gate.rest.pattern
    and not re.search(r"\[[^\]]*\\d", gate.rest.pattern)}}  # (no \d inside a set)

def _mid_periods(lower: str) -> list[tuple[int, int]]:
    """Where "midyear", "mid-month", "midweek" start (``GATES["midperiod"]``), read off the
    places of "mid"."""
    hits, i = [], lower.find("mid")
    while i >= 0:
        if not (i and _word_char(lower, i - 1)) and lower.startswith(_MID_UNITS, i + 3):
            hits.append((i, i + 3))
        i = lower.find("mid", i + 3)
    return hits


_MID_UNITS = ("year", "month", "week", "-year", "-month", "-week")


def _apostrophe_digits(text: str) -> list[tuple[int, int]]:
    """Where an apostrophe and two digits stand ("in '89": ``GATES["shortyear"]``), read off
    the text's apostrophes."""
    hits = []
    for quote in "'’":
        i = text.find(quote)
        while i >= 0:
            if text[i + 1 : i + 3].isdigit():
                hits.append((i, i + 3))
            i = text.find(quote, i + 1)
    hits.sort()
    return hits


# Gates found by a scan of their own, with no regex over the whole text.
_SCANNED = {"midperiod": _mid_periods, "shortyear": _apostrophe_digits}
# Gates with the same pattern share their windows: each pattern once, and the kinds it serves.
_BY_PATTERN: dict[str, list[str]] = {}
for _kind, _pattern in GATES.items():
    if _kind not in _AFTER_DASH and _kind not in _SCANNED:
        _BY_PATTERN.setdefault(_pattern, []).append(_kind)


def all_windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each gate with hits, the merged spans of ``text`` within ``_REACH`` characters
    of them (a gate without hits is left out).

    >>> all_windows("Talks ended two days ago.")["ago"]
    [(0, 25)]
    """
    lower = text.lower()
    if len(lower) != len(text):  # a few letters change length when lower-cased
        found = {kind: _windows(_regex_hits(gate, text), text)
                 for kind, gate in _GATES_ANY_CASE.items()}
        return {kind: spans for kind, spans in found.items() if spans}
    places = {}
    for word in _SCAN:
        i = lower.find(word)
        if i >= 0:  # (most words are not in a text: one scan tells)
            places[word] = _places(word, lower, i)
    for word, (base, at) in _FROM:
        found = [i - at for i in places.get(base, ()) if i >= at and lower.startswith(word, i - at)]
        if found:
            places[word] = found
    for ch in _RARE:
        places.pop(ch, None)  # (no gate's word)
    windows = {}
    by_kind = _GATES_ASCII if lower.isascii() else _GATES
    for kinds in _BY_PATTERN.values():
        gate = by_kind[kinds[0]]
        hits = _gate_hits(gate, text if gate.cased else lower, places)
        if hits:
            spans = _windows(hits, text)
            for kind in kinds:
                windows[kind] = spans
            for derived, base in _AFTER_DASH.items():
                if base in kinds:
                    dashed = [h for h in hits if _after_dash(text, h[0])]
                    if dashed:
                        windows[derived] = _windows(dashed, text)
    for kind, scan in _SCANNED.items():
        hits = scan(lower)
        if hits:
            windows[kind] = _windows(hits, text)
    return windows


def _after_dash(text: str, i: int) -> bool:
    """True when a dash, and then only spaces, come right before ``text[i]``."""
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i > 0 and text[i - 1] in "-–"


def _gate_hits(gate: Gate, text: str, places: dict[str, list[int]]) -> list[tuple[int, int]]:
    """Where ``gate`` hits ``text``, sorted: its words where ``places`` has them, the rest
    by its regex."""
    hits = [m.span() for m in gate.rest.finditer(text)] if gate.rest else []
    if not places:
        return hits
    for word in gate.words:
        if word not in places:
            continue
        n = len(word)
        at = places[word]
        if word in gate.starts:  # not inside a word: "know", "headquarters", "behalf"
            at = [i for i in at if not (i and _word_char(text, i - 1))]
        if word in gate.bounded:
            hits.extend((i, i + n) for i in at if not _word_char(text, i + n))
        else:
            hits.extend((i, i + n) for i in at)
    hits.sort()
    return hits


def _places(word: str, text: str, first: int | None = None) -> list[int]:
    """Every index where ``word`` starts in ``text`` (``first``: the first, when known)."""
    places = []
    i = text.find(word) if first is None else first
    while i >= 0:
        places.append(i)
        i = text.find(word, i + 1)
    return places


def _word_char(text: str, i: int) -> bool:
    """True when ``text[i]`` exists and is a word character (what ``\\b`` looks at)."""
    return i < len(text) and (text[i].isalnum() or text[i] == "_")


def both(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans that lie in a span of ``a`` and in one of ``b`` (both sorted, disjoint)."""
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if lo < hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def _regex_hits(gate: re.Pattern, text: str) -> list[tuple[int, int]]:
    """Where ``gate`` hits ``text``."""
    return [m.span() for m in gate.finditer(text)]


_WORD_REST = re.compile(r"\w*")


def _windows(hits: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Merged spans within ``_REACH`` characters of the (sorted) ``hits`` in ``text``, each
    running on to the end of the word it would cut (a rule reads the span's end as the
    text's: "prior week|ends" would be "prior week")."""
    spans: list[tuple[int, int]] = []
    length = len(text)
    for start, end in hits:
        lo, hi = max(0, start - _REACH), min(length, end + _REACH)
        if hi < length and (text[hi].isalnum() or text[hi] == "_"):
            hi = _WORD_REST.match(text, hi).end()
        if spans and lo <= spans[-1][1]:
            if hi > spans[-1][1]:
                spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans


