"""Reading articles: decoding, front matter, title, and which blocks are the story.

Public facade:

- ``find_article_paths(paths) -> list[Path]``: article files under files/directories, sorted.
- ``read_article(path) -> Article``: raises ``ChronologyError`` (with the file) on bad input.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a1.txt").write_text(
...     "Iran and Russia Sign Deal\\n\\nTEHRAN, May 2 (Reuters) - Iran and Russia signed a deal.\\n")
>>> article = read_article(folder / "a1.txt")
>>> article.id, article.title, article.publisher
('a1', 'Iran and Russia Sign Deal', 'Reuters')
>>> [b.kind for b in article.blocks]
['title', 'story']
"""

from __future__ import annotations

from pathlib import Path

from chronology.articles.clean import classify_blocks
from chronology.articles.meta import infer_publisher
from chronology.articles.model import Article, Block
from chronology.articles.reader import decode, split_front_matter
from chronology.errors import ChronologyError
from chronology.languages import article_language, dateline_of, script_of

__all__ = ["ARTICLE_SUFFIXES", "Article", "Block", "find_article_paths", "read_article"]

ARTICLE_SUFFIXES = (".txt", ".md")
MAX_BYTES = 5 * 2**20  # a long news story is 50 KB; a bigger file is not one article


def find_article_paths(paths: list[Path]) -> list[Path]:
    """Article files (``.txt``, ``.md``) given directly or found under directories, sorted.

    Hidden files and directories are skipped; a path that does not exist is an error.
    """
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(p for p in path.rglob("*") if _is_article(p, path))
        elif path.is_file():
            found.add(path)
        else:
            raise ChronologyError("no such file or directory", path)
    return sorted(found, key=lambda p: (p.stem, str(p)))


def _is_article(path: Path, root: Path) -> bool:
    hidden = any(part.startswith(".") for part in path.relative_to(root).parts)
    return path.is_file() and path.suffix.lower() in ARTICLE_SUFFIXES and not hidden


def read_article(path: Path) -> Article:
    """Read one article file: decode, parse front matter, classify its blocks.

    Title: front matter, else the first headline-like line.  Publisher: front matter,
    else the dateline agency or a closing "By ... News" signature.  Language: front matter,
    else detected from script and vocabulary (``chronology.languages.detect_language``).
    """
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ChronologyError(f"too large for a news article ({size / 2**20:.1f} MB; "
                                  f"the limit is {MAX_BYTES // 2**20} MB)", path)
        data = path.read_bytes()
    except OSError as exc:
        raise ChronologyError(f"cannot read: {exc.strerror or exc}", path) from None
    text = decode(data, path)
    front = split_front_matter(text, path)
    values = front.values
    language, how = article_language(values.get("language"), text[front.body_start:])
    blocks, title = classify_blocks(text, front.body_start, values.get("title", ""),
                                    script_of(language), dateline_of(language))
    if not any(b.kind == "story" for b in blocks):
        raise ChronologyError("no article text after the front matter", path)
    publisher = values.get("publisher") or infer_publisher(text, blocks)
    return Article(
        id=path.stem, path=path, text=text, body_start=front.body_start, title=title,
        publisher=publisher, url=values.get("url"), published=values.get("published"),
        language=language, language_source=how, blocks=tuple(blocks),
    )
