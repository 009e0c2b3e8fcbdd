"""An event's thing named in the sentence next to it.

A wire names the thing once, in full, and then only by its head noun: "Russia and India
signed a contract for S-400 systems. The contract was signed in New Delhi on Friday" —
«Стороны подписали соглашение о военно-техническом сотрудничестве. Соглашение было
подписано в Москве» — «توافق همکاری نظامی … این توافق روز سه‌شنبه امضا شد». An event whose
title opens with such a generic head takes the specific phrase of the same head from the
sentence right before it (in its paragraph or the one before), else from the sentence right
after it in its paragraph: into its title when that stays within ``MAX_WORDS``, and that
sentence into its quote, so the reader learns what was signed, held or delivered.

Not taken: an earlier thing of the same head ("a 2015 agreement", "the previous deal"), a
phrase inside quotation marks (a quote is a boundary), a phrase no more specific than the
head ("a new deal"). The words are each language's (``GENERIC_DETERMINERS``,
``GENERIC_THINGS``, ``THING_COMPLEMENTS``, ``THING_NOT_SAME``, ``THING_ARTICLE``, ``THING_NOT_COMPLEMENT``; Persian
``THING_PHRASE_ENDS``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chronology.extraction.foreign_parts import sentences_between
from chronology.extraction.ids import event_id
from chronology.extraction.links import joined
from chronology.extraction.sentences import Sentence, split_sentences
from chronology.languages import MODULES

MAX_WORDS = 14  # a headline's longest
_MAX_COMPLEMENT = 5  # words after the complement's preposition
_WORD = re.compile(r"[\w$](?:[\w\-\u200c'’]|[.,](?=\d))*")
_YEAR = re.compile(r"\d{4}$")
_OPENING = "«“„"
_CLOSING = "»”"
_ENGLISH_ARTICLES = ("a", "an", "the", "its", "their")


@dataclass
class _Word:
    text: str
    start: int
    end: int


def _words(text: str) -> list[_Word]:
    return [_Word(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def name_things(candidates: list, text: str, code: str) -> list[str]:
    """Give each candidate whose title names its thing generically the specific phrase of
    the sentence next to it (title and quote); the ``--explain`` lines of what was done."""
    words = MODULES[code]
    split = split_sentences if code == "en" else sentences_between  # the rules' own splitters
    notes = []
    for candidate in candidates:
        note = _name_thing(candidate, text, words, split)
        if note:
            notes.append(note)
    return notes


def _name_thing(candidate, text: str, words, split) -> str | None:
    event = candidate.event
    generic = generic_head(event.title, words)
    if generic is None:
        return None
    head, rest, determiner = generic
    for neighbour in _neighbours(text, candidate.sentence, split):
        phrase = specific_phrase(neighbour.text(text), head, words)
        if phrase is None:
            continue
        article = words.THING_ARTICLE if determiner else ""  # a headline's "Contract signed"
        title = (article + phrase if article else _capitalised(phrase)) + rest
        if len(_words(title)) > MAX_WORDS:
            return None
        old = event.title
        event.title = title
        event.id = event_id(event.date, title)
        source = event.sources[0]
        if neighbour.text(text) not in source.quote:
            pair = sorted((neighbour, candidate.sentence), key=lambda s: s.start)
            source.quote = joined(text, *pair)
        return f"  {event.date}: {old!r} names its thing next door: {title!r}"
    return None


def generic_head(title: str, words) -> tuple[str, str, bool] | None:
    """The generic head noun a title opens with (after an optional determiner; Persian
    needs one), the title after it and whether it had a determiner; None when the title
    names its thing otherwise."""
    tokens = _words(title)
    if not tokens:
        return None
    i = 1 if tokens[0].text.lower() in words.GENERIC_DETERMINERS else 0
    if i == 0 and not words.THING_COMPLEMENTS:  # Persian: a bare noun is not a back-reference
        return None
    if i >= len(tokens) or tokens[i].text.lower() not in words.GENERIC_THINGS:
        return None
    if tokens[i].start != (tokens[0].end + 1 if i else 0):
        return None
    after = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
    if after in words.THING_COMPLEMENTS:  # "The contract for S-400 systems": named already
        return None
    if not words.THING_COMPLEMENTS and after not in words.THING_PHRASE_ENDS:
        return None  # Persian: the head's ezafe chain goes on ("این رزمایش ۶ روزه"): named
    return tokens[i].text.lower(), title[tokens[i].end:], i == 1


def specific_phrase(sentence: str, head: str, words) -> str | None:
    """The phrase of ``sentence`` that names a specific thing with ``head`` ("a $5.4 billion
    S-400 contract" -> "S-400 contract" with its words before, «соглашение о
    военно-техническом сотрудничестве»), or None."""
    tokens = _words(sentence)
    for i, token in enumerate(tokens):
        if token.text.lower() != head or _quoted(sentence[:token.start]):
            continue
        first, last = _before(sentence, tokens, i, words), _after(sentence, tokens, i, words)
        if last is None or (first == i and last == i):
            continue  # no more specific than the head
        if _another_thing(tokens, first, last, words):
            return None  # an earlier thing of the same name: not this one
        return sentence[tokens[first].start:tokens[last].end]
    return None


def _before(sentence: str, tokens: list[_Word], i: int, words) -> int:
    """English names a thing by words before its head ("the S-400 contract"): those up to
    its article, when one of them is a name or a number."""
    if not words.THING_ARTICLE:
        return i
    j = i
    while j > 0 and i - j < 4 and _joined(sentence, tokens[j - 1], tokens[j]):
        if tokens[j - 1].text.lower() in _ENGLISH_ARTICLES:
            named = any(any(c.isupper() or c.isdigit() for c in t.text) for t in tokens[j:i])
            return j if named else i
        j -= 1
    return i


def _after(sentence: str, tokens: list[_Word], i: int, words) -> int | None:
    """The last word of the head's complement: a preposition and up to five words ("on
    military cooperation", «о военно-техническом сотрудничестве»), or Persian's ezafe chain;
    ``i`` when there is none, None when it does not end within five words (a phrase cut in
    the middle names nothing). It ends at a comma or stop, a number (a date), another
    complement («между …», "for …") or a word of ``THING_PHRASE_ENDS`` ("in", «в»)."""
    if words.THING_COMPLEMENTS:
        if i + 1 >= len(tokens) or tokens[i + 1].text.lower() not in words.THING_COMPLEMENTS:
            return i
        start = i + 2
    else:
        start = i + 1
    ends = (*words.THING_COMPLEMENTS, *words.THING_PHRASE_ENDS)
    last = i
    for k in range(start, len(tokens)):
        text = tokens[k].text
        if not _joined(sentence, tokens[k - 1], tokens[k]) or text.isdigit() or text in ends:
            return last
        if k == start and text.lower() in words.THING_NOT_COMPLEMENT:
            return i  # "an agreement on Tuesday": a date, not a complement
        if k - start == _MAX_COMPLEMENT:
            return None
        last = k
    return last


def _another_thing(tokens: list[_Word], first: int, last: int, words) -> bool:
    """A year or a word of an older thing next to the phrase or in it ("a 2015 agreement",
    «соглашение 2015 года», "the previous deal")."""
    near = tokens[max(0, first - 2):min(len(tokens), last + 3)]
    return any(_YEAR.match(t.text) or t.text.lower() in words.THING_NOT_SAME for t in near)


def _joined(sentence: str, left: _Word, right: _Word) -> bool:
    """Two words with only spaces between them (no comma, dash or quotation mark)."""
    return not sentence[left.end:right.start].strip()


def _quoted(before: str) -> bool:
    """Inside quotation marks: more opened than closed before this point."""
    opened = sum(before.count(c) for c in _OPENING)
    closed = sum(before.count(c) for c in _CLOSING)
    return opened > closed or before.count('"') % 2 == 1


def _capitalised(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:]


def _neighbours(text: str, sentence: Sentence, split) -> list[Sentence]:
    """The sentence right before (in this paragraph or the one before) and the one right
    after in this paragraph; a line without a full stop (a headline) is none."""
    line = text.rfind("\n", 0, sentence.start) + 1
    back = text[:line].rstrip()
    region = text.rfind("\n", 0, len(back)) + 1 if back and line == sentence.start else line
    before = split(text, region, sentence.start)
    after_end = text.find("\n", sentence.end)
    after = split(text, sentence.end, len(text) if after_end < 0 else after_end)
    found = [s for s in before[-1:] if s.text(text).rstrip().endswith((".", "!", "?", "؟"))]
    return found + [s for s in after[:1] if s.text(text).strip()]
