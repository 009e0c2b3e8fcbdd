"""Property: whatever the bytes, reading and analysing an article never crashes; it gives a
result or a one-line ChronologyError naming the file."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronology.articles import read_article
from chronology.config import SiteConfig, Topic
from chronology.errors import ChronologyError
from chronology.extraction import analyse_article, merge_results

CONFIG = SiteConfig(topic=Topic(actors={"A": ("Russia", "Moscow"), "B": ("Iran", "Tehran")},
                                terms=("deal",)))
WORDS = st.sampled_from([
    "Russia", "Iran", "signed", "a", "deal", "on", "Tuesday", "said", "“", "”", ",", ".", "\n",
    "\n\n", "MOSCOW,", "January", "22", "(Sputnik)", "–", "2015", "met", "in", "Tehran", "the",
    "who", "since", "2009", "---", "title:", "©", "Read", "more:", "Gen.", "U.S.", "$13",
])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=300), st.lists(WORDS, max_size=80).map(" ".join)))
def test_never_crashes(content):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.txt"
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
        try:
            article = read_article(path)
        except ChronologyError as exc:
            assert str(exc).startswith(str(path)) and "\n" not in str(exc)
            return
        result = analyse_article(article, CONFIG)
        for event in merge_results([result], CONFIG):
            assert event.id.startswith(event.date)
            assert all(s.quote in " ".join(article.text.split()) or s.quote in article.text
                       for s in event.sources)
