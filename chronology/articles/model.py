"""An article as read from ``content/articles/``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

# ``Article.published_source`` of a date an editor wrote in the front matter: it is taken as
# given.  A page's metadata names its tag instead ("meta article:published_time").
from chronology.dates.metadata import FRONT_MATTER

__all__ = ["FRONT_MATTER", "Article", "Block"]


@dataclass(frozen=True)
class Block:
    """A paragraph or line of the article, as character offsets into ``Article.text``.

    ``kind`` is "title", "story", or why it is not part of the story:
    "boilerplate", "caption", "credit", "related", "ui", "dateline", "embed" (a social-media
    post quoted in the page)...
    """

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Article:
    """One article file, whatever its format.

    ``text`` is what chronology reads, and every offset in the project indexes it.  For a
    text article it is the decoded file text with newlines normalised to ``\\n`` (what
    ``Path.read_text()`` gives), *including* any front matter, so offsets are offsets into
    the file as an editor sees it; ``body_start`` is where the text after the front matter
    begins.  For a saved web page it is the headline and the paragraphs the main-text
    extractor found, one per block, separated by blank lines (``chronology read`` shows it).
    ``published_source`` says where ``published`` came from: ``FRONT_MATTER`` or the page's
    tag ("meta article:published_time", "JSON-LD datePublished", ...).
    """

    id: str  # file stem, e.g. "001_2b9cbe42a2e4ca54"
    path: Path
    text: str
    body_start: int = 0
    title: str = ""
    publisher: str | None = None
    url: str | None = None
    published: dt.date | None = None  # front matter, or a page's metadata
    published_source: str | None = None  # FRONT_MATTER, "meta article:published_time", ...
    language: str | None = None  # "en", "ru", "fa", another tag, or "und" (undetermined)
    language_source: str = ""  # "front matter" or "detected from script and vocabulary"
    blocks: tuple[Block, ...] = ()

    @property
    def body(self) -> str:
        return self.text[self.body_start :]

    def story_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "story"]
