"""The tagger's gates only save time: with them it finds what every rule finds on the whole
text, and their word search agrees with their regexes."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronology.dates import gates, tagger

WORDS = st.sampled_from([
    "on", "Tuesday", "last", "year", "March", "5", "2015", "the", "following", "day", "ago",
    "two", "days", "later", "said", "quarter", "third", "Dec.", "26,", "in", "May", "that",
    "afternoon", "same", "evening", "before", "after", "earlier", "at", "time", "now", "1990s",
    "2014-15", "12/05/2016", "3Q", "year-end", "Christmas", "spring", "from", "previous",
    "week", "months", "half", "the 1980's", "\n", ",", ".", "nineteen", "ninety-six", "soon",
    "recently", "coming", "century", "20th", "İstanbul", "prior", "the day", "2019-04-01",
    "headquarters", "behalf", "known", "downfall", "Marines", "Satellite", "mid-year",
    "then-current", "nowadays", "Chicago", "third-quarter", "rainfall", "1990s", "years",
    "quarters", "periods", "mornings", "weekends", "last,", "thatched",
    "-", "–", "January-October", "Monday", "15-April", "2012/13",
])
TEXTS = st.lists(WORDS, max_size=40).map(" ".join)


def _ungated(text: str) -> tuple[tagger.Candidate, ...]:
    """The candidates with every rule run over the whole text (no gate)."""
    saved = gates.all_windows
    gates.all_windows = lambda t: {kind: [(0, len(t))] for kind in gates.GATES}
    try:
        return tagger.find_candidates.__wrapped__(text)
    finally:
        gates.all_windows = saved


@pytest.mark.parametrize("text", [
    "The talks ended that afternoon, two days after the vote on March 5.",
    "Officials met again that afternoon.",  # "afternoon" was missing from its gate
    # a window that ended inside a word read "prior week" in "prior weekends"
    "day 26, recently İstanbul downfall quarters quarters prior weekends",
    "Sales in the third quarter rose, compared with the year-earlier period.",
    "He left Moscow the day before; the following week he was back. At the time, it was hard.",
    "Profit rose 5% in 3Q 2015 and in the 1990s, from now until year-end.",
    "The deal (12/05/2016) ran 2014-15, and again in the first half of 2019-04-01's plan.",
    "Post-1959 talks, held on Oct. 23, a Friday, and on Tuesday last week, resume a week "
    "from today, on the first of March or March eighth, as on Feb. 1 last year, or at Nowruz "
    "and on Good Friday, or on the last Sunday of July.",
    "An Orthodox Easter truce, the Nowruz holidays and last Friday of May's deadline, as "
    "in March first, then on Orthodox Christmas Eve.",
    # ranges gated on a month or weekday named after a dash, read off those gates' hits
    "Exports rose in January -  October, in the April-June quarter, Jan.–March 2012, on "
    "March 15 - April 2, 2014, Dec. 28-Jan. 3 and Monday-Wednesday, in 2012/13.",
])
def test_gates_lose_nothing_on_examples(text):
    assert tagger.find_candidates.__wrapped__(text) == _ungated(text)


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_gates_lose_nothing(text):
    assert tagger.find_candidates.__wrapped__(text) == _ungated(text)


@pytest.mark.parametrize("kind", [k for k, g in gates._GATES.items() if not g.cased])
def test_gate_words_find_what_the_gate_regex_finds(kind):
    text = ("Two days after the talks, nowadays, the aftermath of 3Q and Q4 in the 1980's "
            "and the '90s; a half-year term, that same evening, the time before last.").lower()
    regex = re.compile(gates.GATES[kind])
    starts = {m.start() for m in regex.finditer(text)}
    places = {w: gates._places(w, text) for w in gates._WORDS if w in text}
    found = {start for start, _ in gates._gate_hits(gates._GATES[kind], text, places)}
    assert starts <= found  # the word search may also see a word inside an earlier hit


def test_word_gates_do_not_open_inside_other_words():
    # "quarter" in "headquarters", "now" in "known", "half" in "behalf", "fall" in
    # "rainfall", "ago" in "Chicago", "Mar" in "Marines", "Sat" in "Satellite": no date
    # rule can match there, so no window is scanned for them
    text = ("The headquarters in Chicago, known on behalf of the Marines for rainfall "
            "data, sent a Satellite team.")
    assert gates.all_windows(text) == {}


def test_word_gates_open_at_a_word_or_after_a_hyphen():
    windows = gates.all_windows("Third-quarter sales rose, then-current rules said.")
    assert "quarter" in windows and "ref" in windows


def test_a_plural_opens_no_window_for_rules_that_need_the_singular():
    # "this year", "the following day": a plural ("for years", "in recent days") is no
    # such unit, so it opens no window for those rules (counts "two years ago" still do)
    windows = gates.all_windows("For years, in periods of calm, the mornings were quiet.")
    assert "calrel" not in windows and "chain" not in windows and "quarter" not in windows
    assert "unit" in windows
