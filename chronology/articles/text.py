"""The reader for plain-text articles (``.txt``, ``.md``): decoding, front matter, blocks."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from chronology.articles.clean import classify_blocks
from chronology.articles.meta import infer_publisher
from chronology.articles.model import FRONT_MATTER, Article
from chronology.articles.reader import decode, split_front_matter
from chronology.errors import ChronologyError
from chronology.languages import article_language, dateline_of, script_of


def read_text(path: Path, data: bytes, article_id: str) -> Article:
    """A text article: decode, parse front matter, classify its blocks.

    Title: front matter, else the first headline-like line.  Publisher: front matter,
    else the dateline agency or a closing "By ... News" signature.  Language: front matter,
    else detected from script and vocabulary (``chronology.languages.detect_language``).
    """
    text = decode(data, path)
    front = split_front_matter(text, path)
    values = front.values
    language, how = article_language(values.get("language"), text[front.body_start:])
    blocks, title = classify_blocks(text, front.body_start, values.get("title", ""),
                                    script_of(language), dateline_of(language))
    blocks = _captions_as_story(blocks)
    if not any(b.kind == "story" for b in blocks):
        where = " after the front matter" if front.body_start else ""
        raise ChronologyError(f"no article text{where}: no line reads as a sentence of a story "
                              "(only headings, menus or short lines?)", path)
    publisher = values.get("publisher") or infer_publisher(text, blocks)
    published = values.get("published")
    return Article(
        id=article_id, path=path, text=text, body_start=front.body_start, title=title,
        publisher=publisher, url=values.get("url"), published=published,
        published_source=FRONT_MATTER if published else None,
        language=language, language_source=how, blocks=tuple(blocks),
    )


def _captions_as_story(blocks: list) -> list:
    """A picture page (a gallery item, a photo of the day) whose only sentences are its
    photo's caption tells its news in that caption: with no story paragraph, the captions
    are read as the story instead of refusing the page."""
    if any(b.kind == "story" for b in blocks) or not any(b.kind == "caption" for b in blocks):
        return blocks
    return [replace(b, kind="story") if b.kind == "caption" else b for b in blocks]
