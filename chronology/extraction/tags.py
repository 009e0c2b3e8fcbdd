"""Tags from a table of general news vocabulary (not topic-specific)."""

from __future__ import annotations

import re

# tag -> word stems that suggest it (matched at word starts, case-insensitive).
TAG_WORDS: dict[str, tuple[str, ...]] = {
    "agreement": ("agreement", "deal", "treaty", "memorandum", "accord ", "accords", "pact", "contract",
                  "protocol", "roadmap", "road map"),
    "exercise": ("exercise", "drill", "maneuver", "manoeuvre", "war game", "wargame"),
    "visit": ("visit", "arrived", "arrives", "arriving", "trip", "tour", "port call"),
    "meeting": ("met ", "meet", "meeting", "talks", "summit", "conference", "negotiation",
                "held talks", "hosted", "received"),
    "arms deal": ("arms deal", "arms sale", "arms contract", "purchase", "supply", "supplies",
                  "supplied", "fighter jet", "missile system", "s-300", "s-400", "su-35",
                  "helicopter", "drone", "uav", "weapons"),
    "delivery": ("deliver", "shipment", "shipped", "handed over", "transfer"),
    "sanctions": ("sanction", "embargo", "blacklist"),
    "nuclear": ("nuclear", "reactor", "uranium", "enrichment"),
    "naval": ("navy", "navies", "naval", "warship", "port call", "fleet", "frigate", "destroyer"),
    "cooperation": ("cooperation", "co-operation", "partnership", "ties", "alliance"),
    "statement": (),
}
_TAG_PATTERNS = {
    tag: re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(stem) for stem in stems) + ")")
    for tag, stems in TAG_WORDS.items() if stems
}
SPEECH = re.compile(r"\b(said|says|told|stated|announced|stressed|noted|added|declared|"
                    r"warned|insisted|underlined|emphasi[sz]ed|reiterated)\b")


def tags_for(text: str, statement: bool = False) -> list[str]:
    """The tags a sentence suggests; ``statement`` when it is dated by a reporting verb."""
    lower = " " + text.lower() + " "
    tags = [tag for tag, pattern in _TAG_PATTERNS.items() if pattern.search(lower)]
    if statement or (SPEECH.search(lower) and not tags):
        tags.append("statement")
    return sorted(set(tags))
