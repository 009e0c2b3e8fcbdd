"""A sentence told twice in an article, once run into other words.

A page's headline and standfirst often run into the story's first line, with no full stop
between them ("Pakistan gets second warship; event held in Istanbul Pakistan signed a deal
with Turkiye in 2018 for …"), and the body then tells that standfirst sentence again
("Notably, Pakistan signed a deal with Turkiye in 2018 for …").  The two give one event: the
sentence told cleanly is its evidence, the run-in one is dropped (``without_restated``).
"""

from __future__ import annotations

import re

from chronology.extraction.clauses import drop_intro

MIN_WORDS = 8  # a shorter clause ("The ship was commissioned on Sunday.") may recur by chance


def _flat(sentence: str) -> str:
    return " ".join(re.findall(r"[\w'’-]+", sentence.lower()))


def without_restated(candidates: list, found, text: str) -> list:
    """The candidates without those whose sentence holds, word for word, the whole of another
    candidate's sentence elsewhere in the article (its main clause, intro dropped) of the same
    date, and more (not a sentence quoted with the one before it: that is one telling)."""
    told = [(c, _flat(drop_intro(c.sentence.text(text)))) for c in candidates]
    kept = []
    for candidate in candidates:
        whole = _flat(candidate.sentence.text(text))
        span = candidate.sentence
        inner = next((o for o, words in told if o is not candidate
                      and o.event.date == candidate.event.date
                      and (o.sentence.end <= span.start or o.sentence.start >= span.end)
                      and len(words.split()) >= MIN_WORDS and len(words) < len(whole)
                      and f" {words} " in f" {whole} "), None)
        if inner is not None:
            found.explain.append(f"  {candidate.event.date}: {candidate.event.title!r} runs "
                                 f"other words into a sentence told again: "
                                 f"{inner.event.title!r} is its event")
            continue
        kept.append(candidate)
    return kept
