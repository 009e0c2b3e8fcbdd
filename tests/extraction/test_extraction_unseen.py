"""Regression guard for extraction on the unseen news articles in ``unseen/`` (invented wire
copy in many agencies' styles, with gold files; 01-08 are the dev split the rules were tuned
on, 09-16 the held-out split).  The floors are the figures measured when the rules were last
changed, minus a small margin: a change that makes extraction worse on unseen news fails."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))

import extraction_eval  # noqa: E402

from chronology.config import load_config  # noqa: E402

MARGIN = 2.0
# split: (reference accuracy, event F1) measured with content/site.yaml
FLOORS = {"dev": (100.0, 95.5), "held-out": (100.0, 90.0)}


@pytest.fixture(scope="module")
def scores():
    return extraction_eval.evaluate(REPO / "tests/extraction/unseen",
                                    load_config(REPO / "content/site.yaml"))


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_unseen_articles_do_not_regress(scores, split):
    reference, f1 = FLOORS[split]
    figures = scores[split].figures()
    assert scores[split].articles == 8
    assert figures["reference"] >= reference - MARGIN, scores[split].errors
    assert figures["f1"] >= f1 - MARGIN, scores[split].errors


def test_gold_events_match_on_date_and_every_keyword():
    class Event:  # the two fields the matcher reads
        date = "2019-12-27"
        title = "Iran, Russia and China hold naval drills"
        sources = ()
    assert extraction_eval._matches(Event, {"date": "2019-12-27", "keywords": ["Drills"]})
    assert not extraction_eval._matches(Event, {"date": "2019-12-28", "keywords": ["drills"]})
    assert not extraction_eval._matches(Event, {"date": "2019-12-27",
                                                "keywords": ["drills", "Chabahar"]})
