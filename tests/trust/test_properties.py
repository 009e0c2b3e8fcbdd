"""Property-based tests: the date engine and the extractor never crash on any text."""

from __future__ import annotations

import datetime as dt

from helpers import REPO
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronology.articles.model import Article, Block
from chronology.config import load_config
from chronology.dates import find_mentions, find_reference
from chronology.extraction import analyse_article, merge_results

CONFIG = load_config(REPO / "content" / "site.yaml")
NEWS_WORDS = ["on Tuesday", "last year", "January 22", "2015", "the following day", "(Sputnik)",
              "MOSCOW,", "–", "said", "Iran", "Russia", "signed", ".", "\n\n", "May", "we",
              "$13", "S-300", "Wednesday, December 26", "earlier this month", "in 15 years"]

texts = st.one_of(
    st.text(max_size=2000),
    st.lists(st.sampled_from(NEWS_WORDS) | st.text(max_size=12), max_size=200).map(" ".join),
    st.text(alphabet=st.characters(categories=["Cc", "Zs", "Mn", "Lo", "Nd"]), max_size=500),
    st.builds(lambda s, n: s * n, st.text(min_size=1, max_size=30), st.integers(1, 400)),
)
references = st.one_of(st.none(), st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)))
PROPERTY = settings(max_examples=300, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@PROPERTY
@given(texts, references)
def test_mentions_are_always_spans_of_the_text(text, reference):
    for m in find_mentions(text, reference):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text


@PROPERTY
@given(texts, references)
def test_reference_date_never_crashes(text, published):
    ref = find_reference(text, published=published, period=(2015, 2023))
    assert ref.date is None or isinstance(ref.date, dt.date)
    if ref.start is not None:
        assert 0 <= ref.start <= ref.end <= len(text)


@PROPERTY
@given(texts)
def test_extractor_never_crashes_and_quotes_come_from_the_text(text):
    article = Article(id="prop", path=REPO / "prop.txt", text=text,
                      blocks=(Block(0, len(text), "story"),))
    result = analyse_article(article, CONFIG)
    flat = " ".join(text.split())  # a hard-wrapped line break is quoted as a space
    for event in merge_results([result], CONFIG):
        for source in event.sources:
            assert " ".join(source.quote.split()) in flat
