"""The words around a mention: its sentence, and whether it speaks of the past or the future.

Tense decides the direction of ``on Tuesday``, ``March 5`` and ``in March``: "said on Tuesday"
is the Tuesday before the reference date, "will meet on Tuesday" the one after.  The nearest
tense marker before the mention (in its sentence) decides; failing that, the nearest after it.
"""

from __future__ import annotations

import re

PAST, FUTURE, PRESENT = "past", "future", "present"

_FUTURE = re.compile(
    r"\b(?:will|won't|shall|'ll|going\s+to|gonna|(?:is|are|was|were|be)\s+(?:due|set|scheduled|"
    r"expected|slated|planned|poised|likely|about|going)\s+to|(?:plans?|planning|intends?|"
    r"hopes?|aims?|wants?|agreed|promised|vowed|pledged|decided|invited|asked|planned|"
    r"expects?)\s+to|(?:planned|scheduled|slated|set|due)\s+for|scheduled|slated|"
    r"next(?!\s+to\b)|(?-i:may|May\s+(?:be|have|hold|meet|visit|sign|take|come|go))|"
    r"(?:is|are)\s+(?!\w+ed\b)\w+ing|"  # "are meeting on Friday"
    # scheduled events in the present tense: "the drills end on Friday"
    r"(?<!the\s)(?<!its\s)(?<!his\s)(?<!her\s)(?<!their\s)(?<!an\s)(?<!a\s)(?:takes?\s+(?:effect|place)|"
    r"begins?|starts?|opens?|closes?|ends?|expires?|arrives?|departs?|convenes?|resumes?|"
    r"kicks?\s+off|comes?\s+into\s+(?:force|effect)|goes\s+into\s+effect)|"
    r"upcoming|coming|forthcoming|should|would|might|must|"
    r"by\s+the\s+end\s+of|to\s+be\s+held|to\s+(?:meet|visit|hold|sign|start|begin|open|take|"
    r"arrive|travel|attend|launch|resume|vote|announce|deliver|end|continue|be))\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:said|says|told|was|were|had|did|ago|earlier|previously|came|went|met|began|"
    r"took|made|held|gave|saw|won|lost|sent|paid|left|rose|fell|spoke|wrote|became|brought|"
    r"bought|sold|led|ran|hit|put|set|cut|struck|shot|kept|broke|chose|flew|got|knew|"
    r"thought|felt|found|meant|read|stood|sought|taught|fought|[a-z]{2,}ied|[a-z]{3,}ed)\b",
    re.IGNORECASE,
)
_NOT_PAST = frozenset(
    ["need", "indeed", "speed", "proceed", "exceed", "succeed", "seed", "feed", "breed", "bleed", "hundred", "embed", "armed", "united", "based", "related", "concerned", "advanced", "limited", "alleged", "detailed", "experienced", "skilled", "talented", "interested", "so-called", "bed", "red", "shed", "wed", "weed", "greed", "creed", "reed"]
)
_PASSIVE = re.compile(r"\b(?:is|are|be|being)\s+$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]['\"”’)]*\s+(?=[\"“‘'(]?[A-Z0-9])|\n")
_WORD_BEFORE = re.compile(r"(\w[\w.]*)\.$")

_ABBR = frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "st", "no", "inc", "co", "corp", "ltd", "jr", "sr", "vs", "maj", "capt", "adm", "rep", "sen", "gov", "prof", "u.s", "u.n", "u.k", "a.m", "p.m"]
)


def sentence_bounds(text: str, start: int, end: int, reach: int = 300) -> tuple[int, int]:
    """The (start, end) offsets of the sentence around ``text[start:end]`` (at most ``reach``
    characters either side)."""
    lo = max(0, start - reach)
    left = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        if not _is_abbreviation(text, m.start()):
            left = m.end()
    right = min(len(text), end + reach)
    for m in _SENTENCE_END.finditer(text, end, right):
        if not _is_abbreviation(text, m.start()):
            right = m.start() + 1
            break
    return left, right


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    return bool(m) and (m.group(1).lower() in _ABBR or len(m.group(1)) == 1)


_DEADLINE = re.compile(r"\b(?:by|until|till|before|through|due|expire|expires|effective|"
                       r"payable|scheduled\s+for|set\s+for|slated\s+for)\s+(?:the\s+)?$",
                       re.IGNORECASE)
_SINCE = re.compile(r"\b(?:since|ever\s+since)\s+$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^['’]s\b")


def tense(text: str, start: int, end: int, deadlines: bool = True) -> str | None:
    """``"past"``, ``"future"`` or None (no marker) for the mention ``text[start:end]``.

    A possessive ("Wednesday's ruling") counts as past.  With ``deadlines``, a deadline word
    just before the mention ("by Jan. 14", "payable Dec. 15") counts as future (not used for
    weekdays: "had filed reports by Wednesday" is past).
    """
    if _POSSESSIVE.match(text[end : end + 3]) or text[start:end].endswith(("'s", "’s")):
        return PAST
    if _SINCE.search(text, max(0, start - 12), start):
        return PAST
    if deadlines and _DEADLINE.search(text, max(0, start - 25), start):
        return FUTURE
    left, right = sentence_bounds(text, start, end)
    before = _markers(text[max(left, start - 90) : start])
    if before:
        return before[-1]
    after = _markers(text[end : min(right, end + 70)])
    return after[0] if after else None


def _markers(window: str) -> list[str]:
    """Tense markers in ``window``, in order; a future phrase hides the past words inside it."""
    found: list[tuple[int, str]] = []
    futures = [(m.start(), m.end()) for m in _FUTURE.finditer(window)]
    found.extend((s, FUTURE) for s, _ in futures)
    for m in _PAST.finditer(window):
        word = m.group(0).lower()
        if word in _NOT_PAST or any(s <= m.start() < e for s, e in futures):
            continue
        if _PASSIVE.search(window, 0, m.start()):
            continue
        found.append((m.start(), PAST))
    found.sort()
    return [kind for _, kind in found]
