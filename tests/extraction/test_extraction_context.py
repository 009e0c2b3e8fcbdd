"""Sentences read with the one before them: a back-reference ("called the reports
baseless") inherits the topic of the sentence it refers to, in the same paragraph."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from chronology.articles.model import Article, Block
from chronology.config import SiteConfig, Topic
from chronology.extraction import analyse_article

CONFIG = SiteConfig(
    period=(2015, 2023),
    topic=Topic(actors={"Russia": ("Russia", "Russian", "Moscow"),
                        "Iran": ("Iran", "Iranian", "Tehran")},
                terms=("military", "drones", "drills")),
)
LEAD = "TEHRAN, Oct. 18 (Agency) - Officials spoke to reporters in the capital.\n\n"


@pytest.mark.parametrize(
    ("paragraph", "dates"),
    [
        ("Iran has denied supplying drones to Russia. Iran's foreign ministry spokesman on "
         "Monday called the reports baseless.", ["2022-10-17"]),
        ("Moscow denied the claims. Iranian officials on Monday rejected the allegations too.",
         []),  # the sentence before is not on topic either
        ("Oil prices fell sharply in Asia. Iran's oil minister on Monday called the reports "
         "baseless.", []),
        ("Iran has denied supplying drones to Russia. Iran's foreign minister gave a speech on "
         "Monday.", []),  # no back-reference
        ("Iran has denied supplying drones to Russia.\n\nIran's spokesman on Monday called the "
         "reports baseless.", []),  # another paragraph
    ],
)
def test_a_back_reference_inherits_the_topic(paragraph, dates):
    text = LEAD + paragraph + "\n"
    blocks = tuple(Block(s, s + len(p), "story") for s, p in _paragraphs(text))
    article = Article(id="a", path=Path("a.txt"), text=text, blocks=blocks,
                      published=dt.date(2022, 10, 18))
    result = analyse_article(article, CONFIG)
    assert [e.date for e in result.candidates] == dates


def _paragraphs(text: str):
    pos = 0
    for part in text.split("\n\n"):
        if part.strip():
            yield pos, part.rstrip("\n")
        pos += len(part) + 2
