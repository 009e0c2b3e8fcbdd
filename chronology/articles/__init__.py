"""Reading articles: plain text and saved web pages, all read into the same ``Article``.

Readers are registered by file extension (``READERS``); each returns an ``Article`` whose
``text`` and ``blocks`` the rest of the pipeline reads without asking where they came from.

Public facade:

- ``find_article_paths(paths) -> list[Path]``: article files under files/directories, sorted.
- ``article_id(path) -> str``: the id of an article file, its name without the extension.
- ``scan_articles(paths) -> ArticleScan``: the same, with the files refused (links out of the
  articles folder) as one-line errors.
- ``read_article(path) -> Article``: raises ``ChronologyError`` (with the file) on bad input.
- ``describe_article(article) -> dict``: what ``chronology read --json`` prints.

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

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from chronology.articles.model import FRONT_MATTER, Article, Block
from chronology.articles.reader import too_large
from chronology.articles.show import describe_article
from chronology.articles.text import read_text
from chronology.errors import ChronologyError

__all__ = ["ARTICLE_SUFFIXES", "FRONT_MATTER", "READERS", "Article", "ArticleScan", "Block",
           "article_id", "describe_article", "find_article_paths", "read_article", "scan_articles"]


def _read_page(path: Path, data: bytes, article_id: str) -> Article:
    # imported on first use: the HTML stack (trafilatura, lxml) is not needed for text
    from chronology.articles.page import read_page

    return read_page(path, data, article_id)


@dataclass(frozen=True)
class Reader:
    """How to read one format: ``read(path, data, article_id)`` and the largest file taken."""

    read: Callable[[Path, bytes, str], Article]
    max_bytes: int


TEXT = Reader(read_text, 5 * 2**20)  # a long news story is 50 KB
# A saved page carries its scripts, styles and inline data: usually 0.1-3 MB, rarely 10.
PAGE = Reader(_read_page, 20 * 2**20)
READERS: dict[str, Reader] = {
    ".txt": TEXT, ".md": TEXT,
    ".html": PAGE, ".htm": PAGE, ".html.gz": PAGE, ".htm.gz": PAGE,
}
ARTICLE_SUFFIXES = tuple(READERS)


def article_suffix(path: Path) -> str | None:
    """The registered extension of ``path`` (the longest that matches, any case), or None."""
    name = path.name.lower()
    matches = [s for s in READERS if name.endswith(s) and len(name) > len(s)]
    return max(matches, key=len, default=None)


def article_id(path: Path) -> str:
    """An article's id: its file name without the extension (``a1.html.gz`` -> ``a1``)."""
    suffix = article_suffix(path)
    return path.name[: -len(suffix)] if suffix else path.stem


@dataclass
class ArticleScan:
    """The article files found, and the ones refused (each a one-line error with its file)."""

    paths: list[Path] = field(default_factory=list)
    refused: list[ChronologyError] = field(default_factory=list)


def find_article_paths(paths: list[Path]) -> list[Path]:
    """Article files (``ARTICLE_SUFFIXES``) given directly or found under directories, sorted
    by id.  Hidden files and directories are skipped; a path that does not exist is an error;
    links out of a directory are left out (``scan_articles`` says which and why).
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
    return ArticleScan(sorted(found, key=lambda p: (article_id(p), str(p))), refused)


def _is_article(path: Path, root: Path) -> bool:
    hidden = any(part.startswith(".") for part in path.relative_to(root).parts)
    return not hidden and article_suffix(path) is not None and (path.is_file() or
                                                                path.is_symlink())


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


def read_article(path: Path) -> Article:
    """Read one article file with the reader registered for its extension (a file with
    another extension, given by name, is read as text)."""
    suffix = article_suffix(path)
    reader = READERS[suffix] if suffix else TEXT
    return reader.read(path, _read_bytes(path, reader.max_bytes), article_id(path))


def _read_bytes(path: Path, limit: int) -> bytes:
    """The file's bytes, at most ``limit``: the size is checked first, and then no more than
    the limit is read, whatever the size said (``/dev/zero`` and pipes have size 0)."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise ChronologyError(too_large(size, limit), path)
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise ChronologyError(f"cannot read: {exc.strerror or exc}", path) from None
    if len(data) > limit:
        raise ChronologyError(f"too large for a news article (more than {limit // 2**20} MB)",
                              path)
    return data
