"""Day words in what someone said on a day the sentence tells.

Russian reported speech keeps the speaker's own time words: in "Во вторник
Песков сообщил, что накануне президенты провели телефонный разговор" the eve is Monday, the
day before the Tuesday the words were said, not the day before the article was written.  A
day word ("накануне", "вчера", "сегодня", "завтра"; the language's ``DAY_WORDS``) or a
weekday ("в пятницу": the Friday before the saying, or after it when told in the future) after a
past reporting verb and the word that opens what was said (``SPEECH_VERBS``, ``THAT``), in a
sentence whose clause of that verb tells the day of the saying, counts from that day.  The
words are the language's; a language whose ``PAST`` does not match its reporting verbs (Persian
today) keeps counting from the day of writing.

>>> import datetime as dt
>>> from chronology.dates import find_mentions
>>> text = "Во вторник Песков сообщил, что накануне президенты провели переговоры."
>>> [m.value for m in find_mentions(text, dt.date(2025, 3, 7), language="ru")]
['2025-03-04', '2025-03-03']
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from chronology.dates.model import Mention

_SENTENCE_END = re.compile(r"[.!?؟\n]")
_CLAUSE_MARKS = ",;:،؛"
_NEAR = 200  # characters: the saying's day is told in the same sentence, just before
_OBJECTS = 60  # characters: the verb's objects before what was said ("сообщил журналистам, что")


def saying_day(text: str, said: Mention | None, c, lang) -> dt.date | None:
    """The day ``said`` tells the words holding candidate ``c`` were said ("Во вторник Песков
    сообщил, что накануне ..."): the day a day word or a weekday in them counts from; None
    when ``said`` is no day told in the clause of a past reporting verb whose words hold
    ``c``."""
    if said is None or said.precision != "day" or not _said_on(text, said, c.start, lang):
        return None
    return dt.date.fromisoformat(said.value)


def counted_from_saying(found: Mention | None, said: Mention) -> Mention | None:
    """``found``, resolved from the day of ``said``, with that day as its anchor and reason."""
    if found is None:
        return None
    return replace(found, anchor=said.value,
                   reason=f"{found.reason}: '{said.text}' ({said.value}), the day the words "
                          f"were said, not the day of writing")


def _said_on(text: str, said: Mention, at: int, lang) -> bool:
    """``said`` lies in the clause of a past reporting verb ("Во вторник Песков сообщил",
    "Песков сообщил во вторник", "Во вторник, 4 марта, Песков сообщил", "Во вторник стало
    известно") followed by the word that opens what was said, after the verb's objects
    ("сообщил журналистам, что", "заявил в интервью ТАСС, что"), or in a frame of attribution
    ("Как сообщил во вторник Песков, …"); the position ``at`` comes after that word, or after
    the frame's comma, in the same sentence."""
    if not 0 <= at - said.end <= _NEAR or _SENTENCE_END.search(text, said.end, at):
        return False
    left = max(text.rfind(mark, 0, said.start) for mark in (*_CLAUSE_MARKS, *".!?؟\n")) + 1
    # a date in apposition, between commas ("Во вторник, 4 марта, Песков …"): its clause goes on
    after = said.end + 1 if (text[said.end:said.end + 1] == "," and not text[left:said.start].strip()
                             and left > 0 and text[left - 1] == ",") else said.end
    ends = [i for i in (text.find(mark, after, at) for mark in _CLAUSE_MARKS) if i >= 0]
    right = min(ends, default=at)  # the clause of the saying ends at its first mark
    norm = lang.normalise(text[left:at])
    verbs = [*lang.speech_verbs.finditer(norm, 0, right - left),
             *lang.became_known.finditer(norm, 0, right - left)]
    for verb in verbs:
        if not lang.past.match(norm, verb.start()) or lang.said_imperfective.match(norm, verb.start()):
            continue
        # the word opening what was said, after the verb's objects and adjuncts
        that = lang.that.search(norm, verb.end(), min(len(norm), verb.end() + _OBJECTS))
        if that and not re.search(rf"[{_CLAUSE_MARKS}]", norm[verb.end():that.start()]) and (
                that.end() <= at - left):
            return True
        frame = lang.said_frame.search(norm, 0, verb.start())
        if frame and not norm[frame.end():verb.start()].strip() and right < at:
            return True  # "Как сообщил во вторник Песков, накануне …"
    return False
