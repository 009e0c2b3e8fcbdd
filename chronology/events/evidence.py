"""What a piece of evidence is, so an editor's decision about it survives a corrected article.

Evidence is one source of one event: an article's sentence and the date it gives.  It is
recognised two ways:

- *exactly*, by its key ``article#hash``: a hash of the quote and the date words, ignoring
  case and spacing (``source_key``);
- *as the same evidence reworded* (a typo fixed, a sentence rephrased in a corrected article):
  the same article, the same date, and strongly similar words.  Similar means that at least
  ``SIMILAR`` (60 %) of the distinct *content words* (four letters or more, or with a digit;
  case ignored) are shared: the Jaccard index of the two word sets.  It is computed on a
  *sketch*, the ``SKETCH_SIZE`` smallest 16-bit hashes of those words: exact for a sentence of
  up to 16 content words, a close estimate (bottom-k) beyond.  A source of an event in the
  file is also the same evidence as a quote that begins or ends with all of its words (at
  least ``CONTAINED_WORDS``), or whose words it begins or ends with: a newer extractor that
  extends a quote by the next sentence ("… It was stated by …"), or cuts it back, proposes
  the same evidence.  (Not a quote that holds them in the middle, "After Russia and Iran
  signed the pact, their navies began drills": another act.  The ledger keeps no words, so a
  deleted event is recognised by the sketch alone.)

The ``seen`` ledger stores one entry per piece of evidence ever proposed or found in the file:
``article#hash DATE SKETCH`` (``DATE`` as in the file, or ``-``; the sketch in hex, four
digits per word).  Entries written before sketches existed (``article#hash``) still match
exactly; a source still in the file gets its full entry the next time the file is written.

>>> a = sketch("Russia and Iran signed on Tuesday an agreement on military cooperation.")
>>> b = sketch("On Tuesday, Russia and Iran signed a military cooperation agreement.")
>>> similarity(a, b), round(similarity(a, sketch("Iran's warships held drills on Tuesday.")), 2)
(1.0, 0.2)
>>> signed = "Russia and Iran signed on Tuesday an agreement on military cooperation."
>>> longer = signed + " The accord covers training, counter-terrorism and staff consultations."
>>> round(similarity(sketch(signed), sketch(longer)), 2), extends(signed, longer)
(0.5, True)
>>> extends(signed, "After " + signed[:-1] + ", their navies began joint drills.")
False
"""

from __future__ import annotations

import hashlib
import re
import string
import unicodedata
import zlib
from dataclasses import dataclass

SIMILAR = 0.6
SKETCH_SIZE = 16
CONTAINED_WORDS = 5
_PUNCTUATION = str.maketrans(dict.fromkeys(string.punctuation + "“”‘’«»–—…·•", " "))
_ENTRY = re.compile(r"(?P<key>.+#[0-9a-f]{12})"
                    r"(?: (?P<date>[0-9]{4}(?:-[0-9]{2}){0,2}|-) (?P<sketch>(?:[0-9a-f]{4})+|-))?")

Sketch = tuple[int, ...]


def _normal(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def source_key(article: str, quote: str, date_text: str = "") -> str:
    """A source's exact identity: ``article#hash`` of its quote and date words, ignoring case
    and spacing (one sentence can date two events: "signed on Tuesday, ratified on Friday")."""
    text = _normal(f"{quote}|{date_text}")
    return f"{article}#{hashlib.sha1(text.encode('utf-8')).hexdigest()[:12]}"


def _plain(text: str) -> list[str]:
    """The words of a quote: case, spacing and punctuation aside."""
    return _normal(text).translate(_PUNCTUATION).split()


def sketch(quote: str) -> Sketch:
    """The smallest ``SKETCH_SIZE`` 16-bit hashes of the quote's distinct content words."""
    words = {w for w in _plain(quote) if len(w) >= 4 or not w.isalpha()}
    return tuple(sorted({zlib.crc32(w.encode("utf-8")) & 0xFFFF for w in words})[:SKETCH_SIZE])


def similarity(a: Sketch, b: Sketch) -> float:
    """The share of content words two sketches have in common (bottom-k Jaccard estimate)."""
    union = sorted(set(a) | set(b))[:SKETCH_SIZE]
    if not union:
        return 0.0
    both = set(a) & set(b)
    return sum(1 for h in union if h in both) / len(union)


def extends(a: str, b: str) -> bool:
    """One quote begins or ends with all the words of the other (case, spacing and
    punctuation aside), and the shorter has at least ``CONTAINED_WORDS`` words: the same
    sentence quoted with the next or the one before, or without them."""
    short, long_ = sorted((_plain(a), _plain(b)), key=len)
    return len(short) >= CONTAINED_WORDS and (long_[:len(short)] == short or
                                              long_[len(long_) - len(short):] == short)


@dataclass(frozen=True)
class Evidence:
    """One source, as the ledger remembers it."""

    key: str
    article: str
    date: str  # the date it gives, as written ("-" if none)
    sketch: Sketch

    def entry(self) -> str:
        words = "".join(f"{h:04x}" for h in self.sketch) or "-"
        return f"{self.key} {self.date} {words}"


def evidence(article: str, quote: str, date_text: str, date: str | None,
             key: str | None = None) -> Evidence:
    """The evidence of a source (``date``: the date it gives, else its event's; ``key``: its
    ``source_key``, if known)."""
    return Evidence(key or source_key(article, quote, date_text), article, date or "-",
                    sketch(quote))


def parse_entry(text: str) -> tuple[str, Evidence | None]:
    """A ledger entry as (exact key, Evidence if the entry has a date and a sketch)."""
    match = _ENTRY.fullmatch(text)
    if match is None:
        return text, None
    key = match["key"]
    if match["date"] is None:
        return key, None
    words = match["sketch"]
    hashes = () if words == "-" else tuple(int(words[i:i + 4], 16)
                                           for i in range(0, len(words), 4))
    return key, Evidence(key, key.rsplit("#", 1)[0], match["date"], hashes)


class Ledger:
    """The ``seen`` ledger during one merge: what it held at the start (matched exactly and
    as reworded evidence), and the entries to add."""

    def __init__(self, entries: list[str]) -> None:
        self.keys: set[str] = set()  # exact keys known (grows as the merge goes)
        self.full: set[str] = set()  # keys that have an entry with a date and a sketch
        self.by_article: dict[str, list[Evidence]] = {}
        for text in entries:
            key, found = parse_entry(text)
            self.keys.add(key)
            if found is not None:
                self.full.add(key)
                self.by_article.setdefault(found.article, []).append(found)
        self.keys_at_start = set(self.keys)
        self.additions: set[str] = set()  # evidence never seen before
        self.upgrades: set[str] = set()  # full entries for keys known only by their hash

    def knows_key(self, key: str) -> bool:
        """Is this exact evidence known (in the ledger, the file, or proposed this run)?"""
        return key in self.keys

    def knows_similar(self, article: str, date: str, quote: str) -> bool:
        """Was the same evidence, reworded, in the ledger when the merge started?"""
        return best_match(self.by_article.get(article, ()), date, quote,
                          lambda found: found.sketch) is not None

    def remember(self, key: str, make) -> None:
        """Know ``key`` from now on, and add the entry ``make()`` (an Evidence) to the ledger
        unless it has a full one."""
        self.keys.add(key)
        if key in self.full:
            return
        (self.upgrades if key in self.keys_at_start else self.additions).add(make().entry())
        self.full.add(key)


    def remember_plain(self, text: str) -> None:
        """Add an entry that is only a key (``id:ID`` for a candidate without sources)."""
        if text not in self.keys:
            self.additions.add(text)
        self.keys.add(text)


def best_match(items, date: str, quote: str, sketch_of, text_of=None):
    """The item whose sketch (``sketch_of(item)``) is most similar to ``quote``'s, at least
    ``SIMILAR``, among ``items`` of the same ``date`` (each with a ``date``); None if none.
    With ``text_of(item)`` (the item's quote), a quote that ``extends`` it counts as 1.0.
    The quote is sketched only when some item has that date."""
    peers = [item for item in items if item.date == date] if date != "-" else []
    if not peers:
        return None
    words = sketch(quote)

    def likeness(item) -> float:
        found = similarity(sketch_of(item), words)
        return 1.0 if found < SIMILAR and text_of and extends(text_of(item), quote) else found

    score, best = max(((likeness(item), i) for i, item in enumerate(peers)),
                      default=(0.0, None))
    return peers[best] if best is not None and score >= SIMILAR else None
