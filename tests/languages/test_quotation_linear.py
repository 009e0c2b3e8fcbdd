"""An undated sentence inside a quotation the event before it opened
(``GoingOn.quotation_goes_on``) is read in constant time: a quotation never closed on a long
page of one paragraph is no longer followed past a bound, so the page is read in linear time."""

from __future__ import annotations

import time
from types import SimpleNamespace

from chronology.extraction.foreign_links import GoingOn
from chronology.extraction.sentences import Sentence

OPENING = "Министр сказал: «Мы продолжим работу. "
INSIDE = "Стороны обсуждают новые планы сотрудничества в разных областях. "


def _follow(count: int) -> tuple[float, int]:
    """The seconds to follow ``count`` sentences after the opening, and how many were read as
    the quotation going on."""
    text = OPENING + INSIDE * count
    scan = GoingOn.__new__(GoingOn)
    scan.article = SimpleNamespace(text=text)
    scan.found = SimpleNamespace(explain=[])
    scan.note = scan.found.explain.append
    scan.line_of = lambda offset: 1
    lead = Sentence(0, len(OPENING) - 1)
    candidate = SimpleNamespace(sentence=lead, event=SimpleNamespace(
        title="t", sources=[SimpleNamespace(quote=OPENING.strip())]))
    scan.previous = (lead, candidate)
    inside = 0
    start = time.perf_counter()
    for k in range(count):
        at = len(OPENING) + k * len(INSIDE)
        sentence = Sentence(at, at + len(INSIDE) - 1)
        if scan.quotation_goes_on(sentence, INSIDE.strip(), scan.previous):
            inside += 1
        else:
            scan.previous = (sentence, None if scan.previous[1] is None else scan.previous[1])
    return time.perf_counter() - start, inside


def test_the_next_sentences_of_an_open_quotation_go_on():
    _, inside = _follow(3)
    assert inside == 3


def test_a_quotation_never_closed_is_followed_in_linear_time():
    small = min(_follow(1_000)[0] for _ in range(3))
    big, inside = min(_follow(10_000) for _ in range(3))
    assert inside < 1_000, inside  # the unclosed quotation is not followed to the page's end
    ratio = big / max(small, 1e-3)
    # linear gives about 10, quadratic about 100; the margin is for a busy machine
    assert ratio < 40, f"10x the text took {ratio:.0f}x the time (quadratic?)"
