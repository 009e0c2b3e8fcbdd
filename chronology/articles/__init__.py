"""Reading articles: decoding, front matter, title, and which blocks are the story.

Public facade:

- ``find_article_paths(paths) -> list[Path]``: article files under files/directories, sorted.
- ``scan_articles(paths) -> ArticleScan``: the same, with the files refused (links out of the
  articles folder) as one-line errors.
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

from dataclasses import dataclass, field
from pathlib import Path

from chronology.articles.clean import classify_blocks
from chronology.articles.meta import infer_publisher
from chronology.articles.model import Article, Block
from chronology.articles.reader import decode, split_front_matter
from chronology.errors import ChronologyError

__all__ = ["ARTICLE_SUFFIXES", "Article", "ArticleScan", "Block", "find_article_paths",
           "read_article", "scan_articles"]

ARTICLE_SUFFIXES = (".txt", ".md")
MAX_BYTES = 5 * 2**20  # a long news story is 50 KB; a bigger file is not one article


@dataclass
class ArticleScan:
    """The article files found, and the ones refused (each a one-line error with its file)."""

    paths: list[Path] = field(default_factory=list)
    refused: list[ChronologyError] = field(default_factory=list)


def find_article_paths(paths: list[Path]) -> list[Path]:
    """Article files (``.txt``, ``.md``) given directly or found under directories, sorted.

    Hidden files and directories are skipped; a path that does not exist is an error; links
    out of a directory are left out (``scan_articles`` says which and why).
    """
    return scan_articles(paths).paths


def scan_articles(paths: list[Path]) -> ArticleScan:
    """``find_article_paths``, with the refused files: a symbolic link found in a directory
    must point to a file inside it (a link in a pull request must not publish a file of the
    build machine), and a broken link is reported rather than skipped silently.  A file
    named directly is read wherever it is."""
    found: set[Path] = set()
    refused: list[ChronologyError] = []
    for path in paths:
        if path.is_dir():
            for candidate in path.rglob("*"):
                if _is_article(candidate, path):
                    problem = _link_problem(candidate, path)
                    if problem:
                        refused.append(ChronologyError(problem, candidate))
                    else:
                        found.add(candidate)
        elif path.is_file():
            found.add(path)
        else:
            raise ChronologyError("no such file or directory", path)
    refused.sort(key=lambda e: str(e.place))
    return ArticleScan(sorted(found, key=lambda p: (p.stem, str(p))), refused)


def _is_article(path: Path, root: Path) -> bool:
    hidden = any(part.startswith(".") for part in path.relative_to(root).parts)
    article = path.suffix.lower() in ARTICLE_SUFFIXES and not hidden
    return article and (path.is_file() or path.is_symlink())


def _link_problem(path: Path, root: Path) -> str | None:
    """Why a file found under ``root`` must not be read (a link out of it), or None."""
    if not path.is_symlink():
        return None
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):  # missing target, or a loop
        return "broken symbolic link: not read"
    if not target.is_relative_to(root.resolve()):
        return f"symbolic link to a file outside {root}: not read"
    return None if target.is_file() else "symbolic link to something that is not a file: not read"


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, at most ``MAX_BYTES``: the size is checked first, and then no more
    than the limit is read, whatever the size said (``/dev/zero`` and pipes have size 0)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ChronologyError(f"too large for a news article ({size / 2**20:.1f} MB; "
                                  f"the limit is {MAX_BYTES // 2**20} MB)", path)
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ChronologyError(f"cannot read: {exc.strerror or exc}", path) from None
    if len(data) > MAX_BYTES:
        raise ChronologyError(f"too large for a news article (more than {MAX_BYTES // 2**20} MB)",
                              path)
    return data


def read_article(path: Path) -> Article:
    """Read one article file: decode, parse front matter, classify its blocks.

    Title: front matter, else the first headline-like line.  Publisher: front matter,
    else the dateline agency or a closing "By ... News" signature.
    """
    text = decode(_read_bytes(path), path)
    front = split_front_matter(text, path)
    values = front.values
    blocks, title = classify_blocks(text, front.body_start, values.get("title", ""))
    if not any(b.kind == "story" for b in blocks):
        raise ChronologyError("no article text after the front matter", path)
    publisher = values.get("publisher") or infer_publisher(text, blocks)
    return Article(
        id=path.stem, path=path, text=text, body_start=front.body_start, title=title,
        publisher=publisher, url=values.get("url"), published=values.get("published"),
        language=values.get("language"), blocks=tuple(blocks),
    )
