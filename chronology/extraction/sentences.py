"""Sentence splitting with offsets, and where the quotations are.

A sentence ends at ``.``, ``!`` or ``?`` (and any closing quotes or brackets) followed by
space and an upper-case letter, a digit or an opening quote, unless the word before the
full stop is an abbreviation ("Gen.", "Aug.", "U.S.", "Mr.") or an initial ("J."); or, with
no space, between a lower-case word and a capitalised one ("told Reuters.Poland has",
"the preferred platform.In November": a saved page glued two sentences; not "News.Az").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

from chronology.abbreviations import is_abbreviation
from chronology.extraction.gazetteer import CITIES, is_place
from chronology.extraction.rarity import common
from chronology.languages import en

_END = re.compile(r"[.!?](?:[.!?]*[\"'”’)\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])"
                  # "… told Reuters.Poland has …": a saved page glued two sentences
                  # "… the preferred platform.In November 2024 …" (not "News.Az reports")
                  r"|(?<=[a-z][a-z][.!?])[”’]?(?=[A-Z][a-z]{2}|(?:In|On|At|As|It|He|We|By|If|An|So|No|"
                  r"To)\s))")
_OPEN_CLOSE = {"“": "”", "«": "»", '"': '"', "‘": "’"}
# "‘" opens a quotation only after a space or a bracket ("‘Make in India’"), and "’" closes it
# only before a space or punctuation (the "’" of "India’s" is an apostrophe).
_OPENING = re.compile('[“«"]|(?<![^\\s(\\[])‘')
_SINGLE_CLOSE = re.compile(r"’(?![\w])")
_AFTER_ALL = float("inf")


@dataclass(frozen=True)
class Sentence:
    """A sentence as offsets into the article text."""

    start: int
    end: int

    def text(self, source: str) -> str:
        """The sentence's words in ``source``."""
        return source[self.start:self.end]


@lru_cache(maxsize=4)
def _newlines(text: str) -> tuple[int, ...]:
    return tuple(m.start() for m in re.finditer("\n", text))


def line_of(text: str, offset: int) -> int:
    """The 1-based line of an offset in ``text`` (its newlines found once per text: counting
    them from the start at every note made a page of many notes quadratic)."""
    return bisect_left(_newlines(text), offset) + 1


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """The sentences of ``text[start:end]``, as offsets into ``text``."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    sentences: list[Sentence] = []
    begin = 0
    for match in _END.finditer(chunk):
        if is_abbreviation(chunk, match.start()):
            continue
        sentences.append(_trimmed(chunk, begin, match.end(), start))
        begin = match.end()
    sentences.append(_trimmed(chunk, begin, len(chunk), start))
    return [s for s in sentences if s.end > s.start]


def _trimmed(chunk: str, begin: int, stop: int, offset: int) -> Sentence:
    piece = chunk[begin:stop]
    left = len(piece) - len(piece.lstrip())
    right = len(piece.rstrip())
    return Sentence(offset + begin + left, offset + begin + right)


def quoted_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Offsets of the quotations (“…”, «…», "…") in ``text[start:end]``.

    An unclosed quotation runs to the end of the range (news paragraphs often continue
    a quote into the next one).
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    i = start
    while i < end:
        opening = _OPENING.search(text, i, end)
        if opening is None:
            break
        i = opening.start()
        if opening.group(0) == "‘":
            close = _SINGLE_CLOSE.search(text, i + 1, end)
            stop = close.start() if close else -1
        else:
            stop = text.find(_OPEN_CLOSE[opening.group(0)], i + 1, end)
        stop = end if stop < 0 else stop + 1
        spans.append((i, stop))
        i = stop
    return spans


# "MOSCOW, January 22 (Sputnik) – ", "TEHRAN – ", "MOSCOW, May 5. /TASS/. ": where a story starts.
DATELINE = re.compile(
    r"[Â\u00a0 ]*[A-Z]{3,}[A-Z .'’-]{0,30},?\s*\([^()\n]{2,60}\b(?:19|20)\d\d\s*\)\s*[–—:-]*\s*"
    r"|[A-Z][A-Z .'’-]{2,40}(?:,[^–—\n]{0,40}?)?(?:\s*\([^)]*\))?\s*(?:[–—-]+|_)\s+"
    r"|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:,[^–—()\n]{0,30})?\s*\([A-Z][^)]{1,30}\)\s*\.?"
    r"(?:[–—-]+\s+|[–—-]+(?=[A-Z“\"]))"  # "London, Jan 11 (EFE).- ", "London, (Jiji Press)—"
    r"|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3},[^–—()\n]{0,30}\d\s*\([A-Z][^)]{1,30}\)\s*:?\s+(?=[A-Z])"
    # "KARACHI, Jan 24 (APP):Pakistan …": an agency's tag in capitals and its colon end the
    # dateline with no space after it ("(Friday):" is no agency)
    r"|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3},[^–—()\n]{0,30}\d\s*\([A-Z][A-Z./&-]{1,15}\):(?=[A-Z\"“])"
    r"|[A-Z][A-Z .'’-]{2,40},[^/\n]{0,30}/[A-Za-z-]+/\.?\s*[-–—]?\s*"
    # "Baku/22.09.20/Agency: …": a place, the numeric date and the agency between slashes
    r"|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}/[0-3]?\d\.[01]?\d\.(?:19|20)?\d\d/[A-Z][\w .-]{1,25}:\s+"
    r"(?=[A-Z\"“])"
    r"|[A-Z]{3,}(?:[ -][A-Z]{3,}){0,2}:\s+(?=[A-Z\"“])"
    r"|[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2},\s+[A-Z]{2,}[\w.]*\s*[–—-]+\s+"  # "Tehran, IRNA –"
    # "New Delhi, April 19 India on Friday …": a place and a date, no separator (or "--");
    # the place may be in capitals ("NEW DELHI, Oct 31: …", "US, Oct 31 : …")
    r"|(?:[A-Z][a-z]+|[A-Z]{2,})(?: (?:[A-Z][a-z]+|[A-Z]{2,})){0,2},\s+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
    r"[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s*(?:[:–—]|-{1,2})?\s+(?=[A-Z])"  # "India, May 31 -- "
    # "Kaliningrad [Russia], December 9 (ANI): …": a place, its country in brackets, a date
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}\s*\[[A-Z][^\]\n]{1,30}\],?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|"
    r"Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s*(?:\([A-Z][^)]{1,20}\)\s*)?"
    r"[:–—-]\s*"
    # "YEREVAN, AUGUST 25, ARMENPRESS. …": a place, a date and an agency, all in capitals
    r"|[A-Z]{3,}(?:[ -][A-Z]{3,}){0,2},\s+[A-Z]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?,\s+[A-Z][A-Z-]{2,}\.\s+"
    # "ANKARA-Anadolu Agency …", "TEHRAN-IRNA …": a place joined to an agency
    r"|[A-Z]{3,}\s?[-–—]\s?(?:[A-Z][\w]*\s){0,3}(?:News\s+)?Agency\s+(?=[A-Z])"
    # "Rabat – The US State Department …": a city the gazetteer knows, and a dash
    r"|(?:" + "|".join(sorted(map(re.escape, CITIES), key=len, reverse=True)) + r")\s+[–—]\s+"
    r"(?=[A-Z“\"])")
# "New Delhi : …", "Kamra: …", "New Delhi / Islamabad: …": places and a colon (not a page's
# section label, "Details: …", "Quote: …").  Any capitalised word stands so before a colon, so
# past the story's opening only places the gazetteer knows count: "History: …" or
# "Analysis: …" halfway down a page labels what follows, and a dateline opens a story.
PLACE_COLON = re.compile(
    r"(?!(?:" + "|".join(en.SECTION_LABELS) + r")\s?:)"
    r"(?P<places>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?:\s*/\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)*)"
    r"\s?:\s+(?=[\w\"“])")


def dateline_end(text: str, start: int, end: int, opening: bool = True,
                 after_standfirst: bool = False, people: Collection[str] = ()) -> int:
    """Where the text after a dateline at ``start`` begins (``start`` if there is none).
    ``opening``: the story has not begun yet (no paragraph of running text before ``start``);
    after it, a word before a colon is a dateline only when it names a known place, or, in
    the story's first paragraph right ``after_standfirst`` (a summary with no dateline), a
    proper name: a place the gazetteer does not know ("Kamra: The air force inducted …"),
    never one of the ``people`` the topic names ("Zakharova: Russia …" is a
    speaker's heading)."""
    match = DATELINE.match(text, start, end)
    if match:
        return match.end()
    match = PLACE_COLON.match(text, start, end)
    places = match.group("places").split("/") if match else []
    if _role_heading(places):
        return start  # "Ambassador Smith: …", "Navy Day: …": a heading, no dateline
    if match and (opening or all(is_place(p.strip()) for p in places) or (
            after_standfirst and all(_proper_name(p.strip(), text) and p.strip() not in people
                                     for p in places))):
        return match.end()
    return start


def speaker_heading_end(text: str, start: int, end: int) -> int:
    """Where the words after a speaker's heading at ``start`` begin ("Ambassador Smith: …",
    "Admiral Ashraf: …": a person's title and name before a colon, no place the gazetteer
    knows), or ``start``: the heading says whose words follow, no dateline and no part of
    the event's title."""
    match = PLACE_COLON.match(text, start, end)
    places = match.group("places").split("/") if match else []
    if _role_heading(places) and any(
            len(p.split()) > 1 and p.split()[0] in en.ROLE_WORDS and
            all(not is_place(w) and not common(w, "en") for w in p.split()[1:]) for p in places):
        return match.end()  # a title and a rare name: "Admiral Tangsiri", not "Navy Day",
    longer = _LONG_HEADING.match(text, start, end)
    if longer and _speaker_words(longer.group("who").split()):
        return longer.end()  # "Deputy Defence Minister:", "Defence Minister Shoigu:"
    return start  # "Air Force", "General Santos" (a town), whose words the paragraph tells


# Three or four capitalised words before a colon: a longer title, perhaps with a name.
_LONG_HEADING = re.compile(r"(?P<who>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){2,3})\s?:\s+(?=[\w\"“])")


def _speaker_words(words: list[str]) -> bool:
    """A title's words, then perhaps a rare name ("Deputy Defence Minister", "Defence Minister
    Shoigu"), and no place the gazetteer knows: whose words follow.  "Navy Day Parade" has a
    common word that is no title."""
    return words[0] in en.ROLE_WORDS and not is_place(" ".join(words)) and all(
        w in en.ROLE_WORDS or not (is_place(w) or common(w, "en")) for w in words)


def role_heading_end(text: str, start: int, end: int) -> int:
    """Where the words after a heading that opens with a title begin ("Admiral Tangsiri:",
    "Navy Day:"), or ``start``: no part of the event's title, whether a speaker or a kicker."""
    match = PLACE_COLON.match(text, start, end)
    if match and _role_heading(match.group("places").split("/")):
        return match.end()
    longer = _LONG_HEADING.match(text, start, end)  # "Deputy Defence Minister: …"
    return longer.end() if longer and _speaker_words(longer.group("who").split()) else start


def _role_heading(places: list[str]) -> bool:
    """Words before a colon that open with a title ("Admiral", "Navy", "General") and name
    no place the gazetteer knows: a heading, no dateline."""
    return bool(places) and not all(is_place(p.strip()) for p in places) and \
        any(p.split()[0] in en.ROLE_WORDS for p in places if p.split())


def _proper_name(word: str, text: str) -> bool:
    """A capitalised word that is a name, not a common English word ("Update:",
    "Flashback:"), nor one written in lower case elsewhere in the text."""
    return word not in en.FUNCTION_WORDS and not any(common(w, "en") for w in word.split()) and \
        re.search(r"\b" + re.escape(word.lower()) + r"\b", text) is None


def inside(position: int, spans: list[tuple[int, int]]) -> bool:
    """True when ``position`` falls within one of ``spans`` (sorted and not overlapping, as
    ``quoted_spans`` gives them): a binary search, so a paragraph with thousands of
    quotations is not scanned once per date mention."""
    i = bisect_right(spans, (position, _AFTER_ALL)) - 1
    return i >= 0 and spans[i][0] <= position < spans[i][1]
