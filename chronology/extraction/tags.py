"""Tags from a table of general news vocabulary (not topic-specific)."""

from __future__ import annotations

import re

from chronology.languages import en

TAG_WORDS = en.TAG_WORDS  # tag -> word stems that suggest it


def _stem_pattern(stem: str) -> str:
    """A stem as a pattern; a stem ending in a space is a whole word, whatever follows it
    ("MoU." and "MoU," as "MoU ")."""
    if stem.endswith(" "):
        return re.escape(stem.rstrip()) + r"(?![\w-])"
    return re.escape(stem)


_TAG_PATTERNS = {
    tag: re.compile(r"(?<![\w-])(?:" + "|".join(_stem_pattern(stem) for stem in stems) + ")")
    for tag, stems in TAG_WORDS.items() if stems
}
# Past forms only: "reports", "claims" and "states" are nouns too ("the United States").
SPEECH = re.compile(r"\b(?:" + "|".join(v for v in en.SPEECH_VERBS if v.endswith("ed") or v in (
    "said", "told", "wrote")) + r")\b")


# "Putin received Raisi", "received a delegation": a meeting; "received the S-400": a delivery.
_RECEIVED = re.compile(r"\breceived\s+(?:(?P<someone>(?:(?:the|a|his|her|their)\s+)?(?:[A-Z]|"
                       r"visiting|delegation|minister|president|envoy|ambassador|counterpart))"
                       r"|(?:from\s+|(?:the|a|an|its|their)\s+)?\S)")


# "the arrival of the first 4 radars": things delivered (a person's arrival is a visit).
_ARRIVAL_OF_THINGS = re.compile(r"\barrival of (?:the |a )?(?:first |second |new |last |\d+ )*"
                                r"(?:[a-z][\w-]*|[A-Z][\w-]*\d[\w-]*)\b")


# "received Chinese HQ-22 systems", "received Russian-made jets": things of a country (not
# "received Iranian President Raisi": a person after the adjective).
_THINGS_OF_A_COUNTRY = re.compile(r"(?:the\s+|a\s+|an\s+)?(?:first\s+|new\s+)?(?:[A-Z][a-z]+"
                                  r"(?:ese|ian|an|i|ish|ch)|[A-Z][a-z]+-(?:made|built|designed))"
                                  r"\s+(?!(?:military\s+|defen[cs]e\s+|naval\s+)?(?:delegations?|envoys?|"
                                  r"ministers?|officials?|officers?|team|counterparts?|ambassadors?|"
                                  r"generals?|commanders?|president|leaders?)\b)"
                                  r"(?:[a-z]|[A-Z0-9][\w]*-?\d)")


_AGREED = re.compile(r"(?<![\w-])" + en.AGREED + r"(?![\w-])")


def _agreed(lower: str) -> bool:
    """An agreement told by its verb: "agreed to supply", "has agreed"; not "has not agreed
    to", "never agreed", nor an intent only ("agreed to study a proposal")."""
    for match in _AGREED.finditer(lower):
        before = lower[max(0, match.start() - 40):match.start()].split()[-2:]
        after = lower[match.end():match.end() + 40].split()[:2]
        if any(w in en.AGREED_NEGATIONS for w in before):
            continue
        if after[:1] == ["to"]:
            if len(after) == 2 and after[1] not in en.AGREED_INTENT_VERBS:
                return True
        elif before[-1:] and before[-1] in en.AGREED_AUXILIARIES:
            return True
    return False


def tags_for(text: str, statement: bool = False) -> list[str]:
    """The tags a sentence suggests; ``statement`` when it is dated by a reporting verb."""
    lower = " " + text.lower() + " "
    tags = [tag for tag, pattern in _TAG_PATTERNS.items() if pattern.search(lower)]
    if _agreed(lower):
        tags.append("agreement")
    received = _RECEIVED.search(text)
    if received:
        tags.append("meeting" if received.group("someone") and not _THINGS_OF_A_COUNTRY.match(
            text, received.start("someone")) else "delivery")
    if _ARRIVAL_OF_THINGS.search(text):
        tags.append("delivery")
    if statement or (SPEECH.search(lower) and not tags):
        tags.append("statement")
    return sorted(set(tags))
