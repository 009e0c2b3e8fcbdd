"""What an article says about itself: its publisher, from a dateline agency or a signature.

General news conventions, tried in order on the story's first and last blocks:
``MOSCOW, January 22 (Sputnik) –`` / ``WASHINGTON (Reuters) -``, ``MOSCOW, May 5. /TASS/.``,
and a closing signature naming an outlet, ``By Sputnik News``.
"""

from __future__ import annotations

import re

from chronology.articles.model import Block

_NAME = r"[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3}"
# "CITY[, Month 22] (Agency) –": an upper-case place, optional date words, agency in brackets.
DATELINE_AGENCY = re.compile(
    r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:,[^()\n]{0,30})?\s*\((" + _NAME + r")\)\s*[-–—:]")
# "CITY, Month 22. /TASS/." or "/IRNA/ -".
SLASH_AGENCY = re.compile(r"^[^\n]{0,60}?/([A-Z][A-Za-z-]{1,20})/\s*[-–—.:]?")
OUTLET_WORDS = ("News", "Agency", "Press", "Times", "Post", "Tribune", "Network", "TV",
                "Media", "Radio", "Daily", "Journal", "Herald", "Gazette", "Monitor", "Wire",
                "International", "Online", "Today", "Telegraph", "Broadcasting")
SIGNATURE = re.compile(r"^\s*(?:By|Source:|Via)\s+(" + _NAME + r")\s*\.?\s*$")


def infer_publisher(text: str, blocks: list[Block]) -> str | None:
    """The outlet named by a dateline agency or a closing signature, or None."""
    story = [b for b in blocks if b.kind == "story"]
    for block in story[:4]:
        line = text[block.start:block.end]
        for pattern in (DATELINE_AGENCY, SLASH_AGENCY):
            match = pattern.match(line)
            if match:
                return match.group(1).strip()
    last_story = story[-1].end if story else 0
    for block in blocks:
        if block.start < last_story or block.kind == "story":
            continue
        match = SIGNATURE.match(text[block.start:block.end])
        if match and match.group(1).split()[-1] in OUTLET_WORDS:
            return match.group(1)
    return None
