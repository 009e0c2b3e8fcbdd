"""Acceptance on the seed articles, end to end through read_article, analyse_article and
merge_results with the real date engine and the real ``content/site.yaml``."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronology.articles import find_article_paths, read_article
from chronology.config import load_config
from chronology.dates import find_reference
from chronology.extraction import analyse_article, merge_results

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "content" / "articles"

pytestmark = pytest.mark.skipif(
    find_reference("MOSCOW, January 22 (Sputnik) - Talks went on throughout 2015.").date is None,
    reason="the date engine does not read datelines yet",
)

# (date, words the title or actors must name, articles that must be sources)
EXPECTED = [
    ("2015-01-20", ("sign", "agreement"), {"000_cb99f4d4ded01944", "001_2b9cbe42a2e4ca54"}),
    ("2015-01-22", ("ambassador", "interested"), {"000_cb99f4d4ded01944"}),
    ("2021-10-19", ("Bagheri", "Shoigu"), {"002_20b9d985dd24f0e7"}),
    ("2021-10-18", ("Gerasimov",), {"002_20b9d985dd24f0e7"}),
    ("2018-12-26", ("Taghizadeh", "Osipov"), {"003_a16cb53d62799647"}),
    ("2018-12-25", ("Osipov", "Khanzad"), {"003_a16cb53d62799647"}),
    ("2023-09-20", ("Shoygu", "Ashtiani"), {"004_dc2421d5b62a3952"}),
]
NEVER_DATED_FROM = ("February 14, 2022", "since 2009", "$13 billion", "Resolution 2231",
                    "in 15 years")


@pytest.fixture(scope="module")
def seeds():
    config = load_config(ROOT / "content" / "site.yaml")
    results = [analyse_article(read_article(p), config)
               for p in find_article_paths([ARTICLES])]
    return results, merge_results(results, config)


def _matches(event, words) -> bool:
    named = " ".join([event.title, *event.actors]).lower()
    return all(w.lower() in named for w in words)


@pytest.mark.parametrize(("date", "words", "articles"), EXPECTED,
                         ids=[f"{d}-{w[0]}" for d, w, _ in EXPECTED])
def test_expected_event(seeds, date, words, articles):
    _, events = seeds
    found = [e for e in events if e.date == date and _matches(e, words)]
    assert len(found) == 1, [(e.date, e.title) for e in events if e.date == date]
    event = found[0]
    assert articles <= {s.article for s in event.sources}
    assert not event.context
    for source in event.sources:
        assert source.date_text and source.date_text in source.quote


def test_the_signing_is_one_event_with_both_sources(seeds):
    _, events = seeds
    signings = [e for e in events if e.date == "2015-01-20" and "agreement" in e.tags
                and "sign" in e.title.lower()]
    assert len(signings) == 1
    assert [s.article for s in signings[0].sources] == ["000_cb99f4d4ded01944",
                                                        "001_2b9cbe42a2e4ca54"]


def test_no_event_is_dated_from_captions_taglines_or_numbers(seeds):
    _, events = seeds
    for event in events:
        for source in event.sources:
            assert source.date_text not in NEVER_DATED_FROM
            assert not any(words in source.quote for words in NEVER_DATED_FROM[:2])


def test_background_before_the_period_is_context(seeds):
    _, events = seeds
    background = [e for e in events if e.date.startswith("2014")]
    assert background and all(e.context for e in background)


def test_ids_are_unique_and_readable(seeds):
    _, events = seeds
    ids = [e.id for e in events]
    assert len(ids) == len(set(ids))
    assert all(i[:4].isdigit() and i == i.lower() and " " not in i for i in ids)


def test_explain_gives_reference_and_rules(seeds):
    results, _ = seeds
    for result in results:
        assert result.explain[0].startswith(f"{result.article_id}: reference ")
        assert any(" rule " in line for line in result.explain[1:])
