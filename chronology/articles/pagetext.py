"""The story text of a saved page: trafilatura's main text, kept as paragraphs.

trafilatura (``bare_extraction``) finds the page's main text and returns it as a small
tree of paragraphs, headings, lists, quotes and tables, without navigation, scripts,
sidebars or comments.  Each paragraph (each line of one cut by ``<br>``, each list item,
each table row) becomes one block of ``Article.text``; the headline comes first.  Which
blocks are the story is decided afterwards by ``clean`` on this text, as for text articles.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import trafilatura

# trafilatura logs "discarding data" warnings; a page without a story is our error to report.
_LOG = logging.getLogger("trafilatura")
_LOG.addHandler(logging.NullHandler())
_LOG.propagate = False

BLOCK_TAGS = {"p", "head", "list", "item", "table", "row", "cell", "quote", "code", "div",
              "graphic"}
MAX_DEPTH = 40  # trafilatura's tree is shallow; a hostile page's nesting is flattened below


@dataclass(frozen=True)
class Paragraph:
    """One block of the page's main text and the element it came from ("p", "head", …)."""

    text: str
    tag: str


def main_text(root) -> list[Paragraph]:
    """The page's main text as paragraphs, in reading order (empty when there is none)."""
    document = trafilatura.bare_extraction(
        root, with_metadata=False, include_comments=False, include_tables=True,
        include_images=False, include_formatting=False, include_links=False,
        deduplicate=False, favor_recall=True)
    if document is None or document.body is None:
        return []
    found: list[Paragraph] = []
    _walk(document.body, "p", found, 0)
    return found


def _walk(element, tag: str, found: list[Paragraph], depth: int) -> None:
    """Paragraphs of ``element``: its own text, cut at ``<lb/>``, then each nested block."""
    if element.tag == "row":
        cells = [" ".join("".join(c.itertext()).split()) for c in element]
        _add(" | ".join(c for c in cells if c), "row", found)
        return
    pieces = [element.text or ""]
    for child in element:
        if child.tag in BLOCK_TAGS and depth < MAX_DEPTH:
            _flush(pieces, tag, found)
            _walk(child, child.tag, found, depth + 1)
        elif child.tag == "lb":
            pieces.append("\n")
        else:
            pieces.append("".join(child.itertext()))
        pieces.append(child.tail or "")
    _flush(pieces, tag, found)


def _flush(pieces: list[str], tag: str, found: list[Paragraph]) -> None:
    for line in "".join(pieces).split("\n"):
        _add(line, tag, found)
    pieces.clear()


def _add(line: str, tag: str, found: list[Paragraph]) -> None:
    text = " ".join(line.split())
    if text:
        found.append(Paragraph(text, tag))


def assemble(title: str, paragraphs: list[Paragraph]) -> tuple[str, list[tuple[int, int]], list[str]]:
    """``Article.text`` (headline, then the paragraphs, blank lines between), each block's
    offsets, and each block's tag ("title" for the headline)."""
    parts = [Paragraph(title, "title")] if title else []
    wanted = title.casefold()
    for i, paragraph in enumerate(paragraphs):
        if i < 3 and paragraph.text.casefold() == wanted:
            wanted = ""  # the page's <h1> repeats the headline already given
            continue
        parts.append(paragraph)
    spans, pos = [], 0
    for part in parts:
        spans.append((pos, pos + len(part.text)))
        pos += len(part.text) + 2
    return "\n\n".join(p.text for p in parts), spans, [p.tag for p in parts]
