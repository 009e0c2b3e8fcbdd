"""Acts dated in turn: "PNS Babur and PNS Badar were launched in Istanbul and Karachi, in
August 2021 and May 2022 respectively" tells two launches, each with its own ship, place
and date.  ``respective_acts`` pairs the n names before the verb (and the n places after
it) with the n dates before "respectively"; a sentence whose lists do not count alike, or
whose verb is not a plain past act, gives nothing, and the sentence keeps its one event.

"""

from __future__ import annotations

import re

from chronology.dates.model import Mention
from chronology.extraction.dating import calendar_mentions
from chronology.extraction.verbs import is_past

_RESPECTIVELY = re.compile(r"\brespectively\b")
# what may stand between the dates of the list: "in August 2021 and May 2022", "2019, 2020 and 2021"
_DATE_GLUE = re.compile(r"(?:\s*,)?\s+(?:and\s+|in\s+|on\s+|the\s+)*|\s*,\s*")
_NAME = r"(?:[A-Z][\w'’-]*|\d[\w-]*)(?:\s+(?:[A-Z][\w'’-]*|\d[\w-]*|of|de|al))*"
_PASSIVE = re.compile(r"\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+([a-z]+)\b")


def respective_acts(text: str, start: int, end: int,
                    mentions: list[Mention]) -> list[tuple[Mention, str]]:
    """(date, headline) for each act a "… respectively" sentence dates in turn, or []."""
    said = _RESPECTIVELY.search(text, start, end)
    if said is None:
        return []
    dates = _date_list(text, calendar_mentions(mentions, start, said.start()), said.start())
    verb = _PASSIVE.search(text, start, dates[0].start) if len(dates) >= 2 else None
    if verb is None or not is_past(verb.group(1)):
        return []
    names = _list_at_end(text[start:verb.start()], len(dates))
    places = _places(text[verb.end():dates[0].start], len(dates))
    if names is None or places is None:
        return []
    return [(date, f"{name} {verb.group(1)}" + (f" in {place}" if place else ""))
            for date, name, place in zip(dates, names, places, strict=True)]


def _date_list(text: str, dated: list[Mention], stop: int) -> list[Mention]:
    """The dates right before "respectively", one after another with only "and", "in",
    commas between them."""
    found: list[Mention] = []
    for mention in reversed(dated):
        following = found[0].start if found else stop
        if not _DATE_GLUE.fullmatch(text[mention.end:following] or " ") and \
                text[mention.end:following].strip(" ,"):
            break
        found.insert(0, mention)
    return found


def _list_at_end(head: str, count: int) -> list[str] | None:
    """The ``count`` names that end ``head``: "…, PNS Babur and PNS Badar"."""
    match = re.search(r"((?:" + _NAME + r",\s+)*" + _NAME + r")\s+and\s+(" + _NAME + r")\s*$",
                      head)
    if match is None:
        return None
    names = [n.strip() for n in match.group(1).split(",")] + [match.group(2).strip()]
    return names[-count:] if len(names) >= count else None


def _places(middle: str, count: int) -> list[str] | None:
    """The places between the verb and the dates ("in Istanbul and Karachi"): ``count`` of
    them, none (an empty list of ``count`` blanks), or None when they do not count alike."""
    match = re.match(r"\s+(?:in|at)\s+(" + _NAME + r"(?:,\s+" + _NAME + r")*)\s+and\s+(" +
                     _NAME + r")", middle)
    if match is None:
        return [""] * count
    places = [p.strip() for p in match.group(1).split(",")] + [match.group(2).strip()]
    return places if len(places) == count else None

