"""Reading is linear in the paragraph's length: a long one-paragraph article is read in seconds."""

from __future__ import annotations

import time

from chronology.extraction.sentences import split_sentences

SENTENCE = "Gen. Smith met Mr. Jones of the U.S. Navy in Tehran on Jan. 5, officials said. "


def _seconds(text: str) -> float:
    """The best of five runs (the machine may be busy)."""
    times = []
    for _ in range(5):
        start = time.perf_counter()
        split_sentences(text)
        times.append(time.perf_counter() - start)
    return min(times)


def test_sentence_splitting_time_grows_linearly_with_paragraph_length():
    small, big = SENTENCE * 1_000, SENTENCE * 10_000  # 80 KB and 800 KB, one paragraph
    ratio = _seconds(big) / max(_seconds(small), 1e-3)
    # linear gives about 10, quadratic about 100; the margin is for a busy machine
    assert ratio < 50, f"10x the text took {ratio:.0f}x the time (quadratic?)"


def test_long_paragraphs_split_the_same_as_short_ones():
    text = SENTENCE * 3
    sentences = [s.text(text) for s in split_sentences(text)]
    assert sentences == [SENTENCE.strip()] * 3
    assert len(split_sentences(SENTENCE * 5_000)) == 5_000


def test_a_huge_token_before_a_full_stop_is_not_an_abbreviation():
    text = "A" * 200 + ". Then Iran and Russia met. " + "J. Smith came."
    assert [s.text(text) for s in split_sentences(text)] == [
        "A" * 200 + ".", "Then Iran and Russia met.", "J. Smith came."]


def test_inside_finds_positions_in_sorted_spans():
    from chronology.extraction.sentences import inside
    spans = [(0, 5), (10, 20), (20, 21), (40, 50)]
    hits = [p for p in range(60) if inside(p, spans)]
    assert hits == [*range(0, 5), *range(10, 21), *range(40, 50)]
    assert not inside(3, [])
