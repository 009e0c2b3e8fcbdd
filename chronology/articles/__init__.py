"""Reading articles: decoding, front matter, title, and which blocks are the story.

Public facade:

- ``find_article_paths(paths) -> list[Path]``: article files under files/directories, sorted.
- ``read_article(path) -> Article``: raises ``ChronologyError`` (with the file) on bad input.
"""

from __future__ import annotations

from pathlib import Path

from chronology.articles.model import Article, Block

__all__ = ["Article", "Block", "find_article_paths", "read_article"]


def find_article_paths(paths: list[Path]) -> list[Path]:
    raise NotImplementedError("articles: find_article_paths")


def read_article(path: Path) -> Article:
    raise NotImplementedError("articles: read_article")
