"""The seed articles in content/articles give the dates a reader would give them.

The engine knows nothing of these files: they are read here like any unseen article.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chronology.config import load_config
from chronology.dates import find_mentions, find_reference

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "content" / "articles"
PERIOD = load_config(ROOT / "content" / "site.yaml").period


def _read(stem: str) -> str:
    matches = sorted(ARTICLES.glob(f"{stem}_*.txt"))
    if not matches:
        pytest.skip(f"seed article {stem} not present")
    return matches[0].read_text(encoding="utf-8")


def _value_after(stem: str, context: str, mention: str) -> str:
    """The value of the first mention ``mention`` that comes right after ``context``."""
    text = _read(stem)
    ref = find_reference(text, period=PERIOD)
    ends = {i + len(context) for i in range(len(text)) if text.startswith(context, i)}
    for m in find_mentions(text, ref.date):
        if m.text == mention and any(0 <= m.start - at <= 3 for at in ends):
            return m.value
    raise AssertionError(f"no mention {mention!r} after {context!r}")


REFERENCES = [
    ("000", "2015-01-22", "dateline"),
    ("001", "2015-01-20", "dateline"),
    ("003", "2018-12-26", "inferred"),
    ("004", "2023-09-20", "publication-line"),
]


@pytest.mark.parametrize(("stem", "expected", "source"), REFERENCES)
def test_reference_date(stem, expected, source):
    ref = find_reference(_read(stem), period=PERIOD)
    assert (ref.iso, ref.source) == (expected, source)


MENTIONS = [
    ("000", "Russia and Iran signed on", "Tuesday", "2015-01-20"),
    ("000", "the Russian ambassador to Iran told RIA Novosti on", "Thursday", "2015-01-22"),
    ("000", "pointed out\u00a0that", "last year", "2014"),
    ("000", "should remain strong throughout", "2015", "2015"),
    ("000", "In", "November 2014", "2014-11"),
    ("001", "Russia and Iran signed on", "Tuesday", "2015-01-20"),
    ("001", "Hossein Dehghan said", "Tuesday", "2015-01-20"),
    ("002", "Sergei Shoigu at a meeting in Moscow on", "Tuesday", "2021-10-19"),
    ("002", "Valery Gerasimov, on", "Monday", "2021-10-18"),
    ("002", "Russia will hold a conference in Afghanistan on", "Wednesday October 20",
     "2021-10-20"),
    ("002", "the arms embargo against Iran ended in", "October 2020", "2020-10"),
    ("003", "Vice-Admiral Igor Osipov in Tehran on", "Wednesday, December 26", "2018-12-26"),
    ("003", "Earlier on", "Tuesday", "2018-12-25"),
    ("003", "Rear Admiral Ali Fadavi on", "the same day", "2018-12-26"),
    ("004", "Sergey Shoygu, said on", "Wednesday", "2023-09-20"),
]


@pytest.mark.parametrize(("stem", "context", "mention", "expected"), MENTIONS)
def test_seed_mention(stem, context, mention, expected):
    assert _value_after(stem, context, mention) == expected


def test_bagheri_article_is_dated_by_its_own_mentions():
    ref = find_reference(_read("002"), period=PERIOD)
    assert ref.date is not None and ref.date.year == 2021 and ref.year_inferred
    assert any("October 2020" in r for r in ref.reasons)


def test_caption_date_is_a_mention_but_not_the_reference():
    text = _read("004")
    ref = find_reference(text, period=PERIOD)
    values = [m.value for m in find_mentions(text, ref.date)]
    assert "2022-02-14" in values and ref.iso != "2022-02-14"


def test_no_false_positives_in_seeds():
    for path in sorted(ARTICLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found = {m.text for m in find_mentions(text, find_reference(text, period=PERIOD).date)}
        assert not found & {"S-300", "2231", "$13", "3+3", "15 years", "We", "we"}, path.name
