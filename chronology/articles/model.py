"""An article as read from ``content/articles/``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Block:
    """A paragraph or line of the article, as character offsets into ``Article.text``.

    ``kind`` is "title", "story", or why it is not part of the story:
    "boilerplate", "caption", "credit", "related", "ui", "dateline"...
    """

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Article:
    """One article file.

    ``text`` is the decoded file text with newlines normalised to ``\\n``
    (what ``Path.read_text()`` gives), *including* any front matter, so that
    every offset in the project is an offset into the file as an editor sees it.
    ``body_start`` is where the text after the front matter begins.
    """

    id: str  # file stem, e.g. "001_2b9cbe42a2e4ca54"
    path: Path
    text: str
    body_start: int = 0
    title: str = ""
    publisher: str | None = None
    url: str | None = None
    published: dt.date | None = None  # from front matter only
    language: str | None = None  # "en", "ru", "fa", another tag, or "und" (undetermined)
    language_source: str = ""  # "front matter" or "detected from script and vocabulary"
    blocks: tuple[Block, ...] = ()

    @property
    def body(self) -> str:
        return self.text[self.body_start :]

    def story_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "story"]
