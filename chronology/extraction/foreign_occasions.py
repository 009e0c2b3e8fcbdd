"""The occasion of the day's statement in a Russian or Persian story.

A wire story often leads with what someone said, in a modal or a plan ("Россия и Египет
могут активизировать сотрудничество"), which is no act, and then says where it was said:
"Об этом заявил Шойгу на встрече с министром обороны Египта в Каире", "«…», — сказал он в
ходе переговоров с …". The occasion (a meeting, talks, a visit: a noun of ``KINDS`` after a
preposition of ``AT_OCCASION``) took place on the day of the news, as the lead convention
dates the lead: it is the story's event when its lead gave none.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")


def statement_occasion(words: str, lang) -> bool:
    """``words`` tells what someone said (a reporting verb, ``SPEECH_VERBS``) and, after it,
    the occasion it was said at (``AT_OCCASION`` and a noun of a kind of act, not a past verb:
    "на встрече с", "в ходе переговоров", "во время визита")."""
    norm = lang.normalise(words)
    verb = lang.speech_verbs.search(norm)
    if verb is None:
        return False
    for at in lang.at_occasion.finditer(norm, verb.end()):
        noun = _WORD.match(norm, at.end())
        if noun and not lang.past.match(noun.group()) and any(
                noun.group().startswith(stem) for stem in lang.kinds):
            return True
    return False


LEAD_BLOCKS = 4  # a dateline further down opens an embedded or a related story


def first_dateline(article, lang) -> int | None:
    """The number of the story block that opens with the wire dateline ("КАИР, 11 ноября.
    /ТАСС/."), among the first ``LEAD_BLOCKS``: the story starts there, and a paragraph above
    it is a subheading, not the lead."""
    blocks = article.story_blocks()[:LEAD_BLOCKS]
    return next((k for k, b in enumerate(blocks)
                 if lang.dateline.match(article.text, b.start, b.end)), None)
