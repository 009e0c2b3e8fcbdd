"""One invented article through the extractor: its candidate events, for rule tests."""

from __future__ import annotations

from pathlib import Path

from chronology.articles import read_article
from chronology.config import load_config
from chronology.extraction import analyse_article

REPO = Path(__file__).resolve().parents[2]
CONFIG = load_config(REPO / "content" / "site.yaml")


def article_events(tmp_path: Path, published: str, body: str, config=CONFIG):
    """The candidate events of an article of ``published`` with ``body`` (the default topic)."""
    path = tmp_path / "a.md"
    path.write_text(f"---\npublished: {published}\n---\n{body}\n", encoding="utf-8")
    return analyse_article(read_article(path), config).candidates
