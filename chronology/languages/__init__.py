"""Languages as data: one module per language holds its words; the engines never name a word.

Each language module (``en.py``, ``ru.py``, ``fa.py``) defines ``CODE``, ``NAME``, ``SCRIPT``
and ``VOCABULARY`` (frequent function words, for detection).  The languages read by the
lexicon-driven date engine (``chronology/dates/lexical.py``) and extraction
(``chronology/extraction/foreign.py``) also define the tables described in ``model.py``.

To add a language: add ``chronology/languages/XX.py`` with those tables, list it in
``MODULES``, and add its tests and evaluation articles; no engine code changes.

>>> detect_language("МОСКВА, 22 января. /ТАСС/. Россия и Иран подписали соглашение.")
'ru'
>>> detect_language("تهران- ایرنا- وزیر دفاع ایران روز سه‌شنبه با همتای روس خود دیدار کرد.")
'fa'
>>> detect_language("MOSCOW, Jan 22 (Reuters) - Russia and Iran signed a deal on Tuesday.")
'en'
"""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType

from chronology.languages import en, fa, ru
from chronology.languages.model import ZWNJ, Language, build

MODULES: dict[str, ModuleType] = {m.CODE: m for m in (en, ru, fa)}
EXTRACTED = ("en", "ru", "fa")  # languages that give events

_SCRIPTS = {
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f]"),
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "arabic": re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]"),
}
_WORD = re.compile(r"\w+")


@cache
def language(code: str) -> Language:
    """The compiled tables of a language (``"ru"``, ``"fa"``), built once."""
    return build(MODULES[code])


def base_code(tag: str | None) -> str | None:
    """``"ru-RU"`` -> ``"ru"``; None stays None."""
    return tag.split("-")[0].split("_")[0].lower() if tag else None


def script_counts(text: str) -> dict[str, int]:
    """Letters of each script in ``text``."""
    return {name: len(rx.findall(text)) for name, rx in _SCRIPTS.items()}


def detect_language(text: str) -> str:
    """The language of ``text``: the one whose frequent function words it uses most (a news
    page's menus and share buttons in another script do not outvote its story), among the
    languages of its scripts; ``"und"`` when no known language fits."""
    counts = script_counts(text)
    if not any(counts.values()):
        return "und"
    words = [w.lower() for w in _WORD.findall(text)]
    best, best_hits = "und", 0
    for module in MODULES.values():
        if not counts.get(module.SCRIPT):
            continue
        vocabulary = set(module.VOCABULARY)
        hits = sum(w in vocabulary for w in words)
        if hits > best_hits:
            best, best_hits = module.CODE, hits
    return best if best_hits >= min(3, max(1, len(words) // 20)) else "und"


def script_of(code: str | None) -> str | None:
    """The script of a known language (``"latin"``, ``"cyrillic"``, ``"arabic"``), else None."""
    module = MODULES.get(base_code(code) or "")
    return module.SCRIPT if module else None


def text_language(text: str) -> str | None:
    """The language of a short text (a title, a quote): by vocabulary, else by script (the
    first language of ``MODULES`` written in it); None for a text with no letters.

    >>> text_language("Россия и Иран подписали соглашение"), text_language("دیدار رئیسی و پوتین")
    ('ru', 'fa')
    """
    code = detect_language(text)
    if code != "und":
        return code
    counts = script_counts(text)
    script = max(counts, key=counts.get)
    if not counts[script]:
        return None
    return next((m.CODE for m in MODULES.values() if script == m.SCRIPT), None)


@cache
def calendar_words() -> frozenset[str]:
    """Every language's month and weekday names and abbreviations, in lower case (single
    words only): what a publication line may hold besides numbers."""
    found = set()
    for module in MODULES.values():
        for name in ("MONTH_NAMES", "MONTHS", "SOLAR_MONTHS", "WEEKDAYS", "WEEKDAY_ABBR"):
            table = getattr(module, name, ())
            items = table if isinstance(table, dict) else [w for forms in table for w in (
                (forms,) if isinstance(forms, str) else forms)]
            found.update(w.lower() for w in items if " " not in w and ZWNJ not in w)
    return frozenset(found)


def credit_words() -> tuple[frozenset[str], frozenset[str]]:
    """Every language's words that open a photo's credit ("Фото:", ``PHOTO_CREDITS``) and its
    reporting verbs (``SPEECH_VERBS``), in lower case: a caption's credit in any language,
    and the attribution that keeps a story's paragraph a story."""
    photo, speech = set(), set()
    for module in MODULES.values():
        if getattr(module, "PHOTO_CREDITS", ()):
            photo.update(w.lower() for w in module.PHOTO_CREDITS)
            speech.update(w.lower() for w in getattr(module, "SPEECH_VERBS", ()))
    return frozenset(photo), frozenset(speech)


def dateline_of(code: str | None) -> re.Pattern | None:
    """The wire dateline of a language read from its tables, else None (English has its
    own rules)."""
    module = MODULES.get(base_code(code) or "")
    return language(module.CODE).dateline if module and hasattr(module, "DATELINE") else None


def direction(code: str | None) -> str:
    """``"rtl"`` for a language written right to left, else ``"ltr"``."""
    module = MODULES.get(base_code(code) or "")
    return getattr(module, "DIRECTION", "ltr")


@cache
def fold_table() -> dict[str, str]:
    """Search folding: every language's digit and letter variants to one form (``۱`` -> ``1``,
    ``ي`` -> ``ی``, ``ё`` -> ``е``), the ZWNJ to nothing.  The site's search script gets
    this table from the page, so the lists stay in the language modules."""
    table = {ZWNJ: ""}
    for module in MODULES.values():
        for run in getattr(module, "DIGITS", ()):
            table.update({c: str(i) for i, c in enumerate(run)})
        table.update(getattr(module, "LETTERS", {}))
    return dict(sorted(table.items()))


def fold(text: str) -> str:
    """``text`` folded for search: the ``fold_table`` applied, then lower case.

    >>> fold("ЁЛКА علي ۱۳۹۴")
    'елка علی 1394'
    """
    return text.translate(str.maketrans(fold_table())).lower()


def article_language(front_matter: str | None, text: str) -> tuple[str, str]:
    """(code, how): the front matter's ``language`` if given, else the detected one."""
    if front_matter:
        return base_code(front_matter) or "und", "front matter"
    return detect_language(text), "detected from script and vocabulary"
