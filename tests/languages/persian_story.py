"""An invented Persian story through the extractor, with the default Russia–Iran topic: the
helpers the Persian round tests share."""

from __future__ import annotations

from pathlib import Path

from chronology.articles import read_article
from chronology.config import load_config
from chronology.extraction import analyse_article

CONFIG = load_config(Path(__file__).resolve().parents[2] / "content/site.yaml")  # Russia–Iran


def analyse(tmp_path, name, text):
    """The analysis of the article file ``name`` holding ``text``."""
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return analyse_article(read_article(path), CONFIG)


def story(*paragraphs, published):
    """A Persian article under a stock headline (no ``published`` date when it is None)."""
    head = f"---\npublished: {published}\nlanguage: fa\n---\n" if published else (
        "---\nlanguage: fa\n---\n")
    return head + "\n\n".join(["عنوان خبر", *paragraphs]) + "\n"


# The Persian rounds' shared lead (a Caspian drill begun today) and publication day.
LEAD = "نیروهای دریایی ایران و روسیه امروز رزمایش مشترکی را در دریای خزر آغاز کردند."
ROUND_DAY = "2024-11-29"


def round_story(*paragraphs):
    """A Persian article published on ``ROUND_DAY``."""
    return story(*paragraphs, published=ROUND_DAY)


def dated_countries(tmp_path, name, text):
    """Each candidate's date and countries, and the explanation lines."""
    result = analyse(tmp_path, name, text)
    return [(c.event.date, sorted(c.entities.countries)) for c in result.found], result.explain
