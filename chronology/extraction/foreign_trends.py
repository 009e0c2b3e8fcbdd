"""A lead that tells a trend, not an act, in a language whose verb ends the sentence.

"ترکیه صادرات محصولات دفاعی خود به آذربایجان را به شدت افزایش داده است" (Turkey has sharply
increased its exports): a change of an amount over a time the sentence does not name is no
act of the day, so the lead convention does not give it the day of writing; the sentences
after it that date what was sold or bought are the events. The words of change are the
language's ``TREND`` (a noun of change right before its light verb, ``TREND_VERBS``, that ends
the sentence; not the noun of an object: "سندی برای افزایش همکاری‌ها امضا کردند").
"""

from __future__ import annotations

import functools
import re

from chronology.languages import MODULES, language
from chronology.languages.model import phrase

VERB_END = 4  # the main verb and its helpers are among the last words of a verb-final sentence


@functools.cache
def _trend(code: str) -> re.Pattern | None:
    module = MODULES.get(code)
    words, verbs = getattr(module, "TREND", ()), getattr(module, "TREND_VERBS", ())
    if not words or not verbs:
        return None
    lang = language(code)
    return re.compile(rf"(?<!\w)(?:{phrase(lang.normalise(w) for w in words)})\s+"
                      rf"(?:{phrase(lang.normalise(v) for v in verbs)})(?!\w)")


def tells_a_trend(words: str, lang) -> bool:
    """The sentence's main verb, at its end, is a verb of change (``TREND``)."""
    pattern = _trend(lang.code)
    if pattern is None or not lang.verb_final:
        return False
    end = " ".join(re.sub(r"[^\w\s\u200c]", " ", lang.normalise(words)).split()[-VERB_END:])
    return bool(pattern.search(end))
