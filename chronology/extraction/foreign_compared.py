"""A date that only names the time a thing is compared with, in a language's own words.

"سطح روابط ... در سال ۲۰۲۵ دست‌کم به اندازه سال گذشته باقی خواهد ماند" (at least as high as last
year), "نسبت به سال گذشته" (compared with last year): the date right after a word of comparison
(the language's ``COMPARED``) is the base of the comparison, not the time of the sentence's act,
as English's "as powerful as those dropped on Hiroshima in 1945" (``dating._compared_past``).
"""

from __future__ import annotations

import functools
import re

from chronology.dates.model import Mention
from chronology.languages import MODULES, language
from chronology.languages.model import phrase

BEFORE = 24  # characters before a date where its word of comparison stands


@functools.cache
def _compared(code: str) -> re.Pattern | None:
    words = getattr(MODULES.get(code), "COMPARED", ())
    if not words:
        return None
    lang = language(code)
    return re.compile(rf"(?<!\w)(?:{phrase(lang.normalise(w) for w in words)})\s*$")


def compared(text: str, mention: Mention, lang) -> bool:
    """``mention`` comes right after a word of comparison (``COMPARED``)."""
    pattern = _compared(lang.code)
    if pattern is None:
        return False
    return bool(pattern.search(lang.normalise(text[max(0, mention.start - BEFORE):mention.start])))
