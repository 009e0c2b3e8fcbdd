"""Properties that hold for any text: offsets match, nothing crashes, spans filter."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from chronology.dates import find_mentions, find_reference
from chronology.dates.model import PRECISIONS

WORDS = st.sampled_from([
    "on", "Tuesday", "last", "year", "March", "5", "2015", "the", "following", "day", "ago",
    "two", "days", "later", "said", "will", "meet", "quarter", "third", "Dec.", "26,", "in",
    "May", "we", "$13", "Resolution", "2231", "S-300", "15", "years", "MOSCOW,", "(Sputnik)",
    "–", "\n", "now", "recently", "the future", "mid-", "1990s", "week", "İstanbul", "Ǆ",
])
TEXTS = st.lists(WORDS, max_size=40).map(" ".join)
DATES = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


VALUE = re.compile(
    r"^(?:\d{4}(?:-\d\d(?:-\d\d)?)?|\d{4}-W\d\d(?:-WE)?|\d{4}-Q[1-4]|\d{4}-H[12]|"
    r"\d{4}-(?:SP|SU|FA|WI)|\d{2,3}|XXXX-\d\d(?:-\d\d)?|XXXX-WXX-[1-7]|PAST_REF|PRESENT_REF|FUTURE_REF)$")


@settings(max_examples=150, deadline=None)
@given(TEXTS, st.one_of(st.none(), DATES))
def test_offsets_match_text(text, reference):
    for m in find_mentions(text, reference):
        assert text[m.start : m.end] == m.text
        assert VALUE.match(m.value), m.value
        assert m.precision in PRECISIONS


@settings(max_examples=80, deadline=None)
@given(TEXTS, st.one_of(st.none(), st.tuples(st.integers(1900, 2050), st.integers(0, 30))))
def test_reference_never_crashes(text, period):
    if period:
        period = (period[0], period[0] + period[1])
    ref = find_reference(text, period=period)
    assert ref.reasons
    if ref.start is not None:
        assert 0 <= ref.start <= ref.end <= len(text)


def test_spans_keep_chains():
    text = "They met on Monday. The following day they signed."
    ref = dt.date(2015, 1, 22)
    second = text.index("The following")
    found = find_mentions(text, ref, spans=[(second, len(text))])
    assert [(m.text, m.value) for m in found] == [("The following day", "2015-01-20")]


def test_without_reference_only_absolute_values():
    found = find_mentions("On Tuesday, March 5, and in May 2014 and last year.", None)
    assert [(m.text, m.value) for m in found] == [("Tuesday, March 5", "XXXX-03-05"),
                                                  ("May 2014", "2014-05")]
