"""An invented Russian story through the extractor, with the default Russia–Iran topic: the
helper the Russian round tests share."""

from __future__ import annotations

from pathlib import Path

from chronology.articles import read_article
from chronology.config import load_config
from chronology.extraction import analyse_article

CONFIG = load_config(Path(__file__).resolve().parents[2] / "content/site.yaml")  # Russia–Iran
HEADLINE = "Россия и Иран укрепляют военное сотрудничество"
LEAD = "Россия и Иран 20 сентября начали совместные учения в Каспийском море."


def candidates(tmp_path, story: str, headline: str = HEADLINE, published: str = "2017-09-21"):
    """The analysis of a Russian article under ``headline`` with ``story`` as its body."""
    path = tmp_path / "a.txt"
    path.write_text(f"---\npublished: {published}\nlanguage: ru\n---\n{headline}\n\n{story}\n",
                    encoding="utf-8")
    return analyse_article(read_article(path), CONFIG)
