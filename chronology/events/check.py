"""``check``: every problem in an events file, with file:line:col.

Errors: YAML syntax, unknown keys, wrong types, impossible dates, ``end_date`` before ``date``,
duplicate ids, sources naming missing articles, empty titles.  Warnings: an event with no
source, a source whose article has no entry under ``articles:``.  Problems come in file order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from chronology.articles import article_id, find_article_paths
from chronology.errors import Place, Problem
from chronology.events.fastparse import fast_parse
from chronology.events.model import EventsFile
from chronology.events.nodes import MappingNode, Node, ScalarNode, SequenceNode
from chronology.events.validate import Reader, is_null, read_document, scalar_text, suggest
from chronology.events.yamlio import YamlSyntaxError, decode, place_of
from chronology.spans import first_day, last_day


@dataclass
class CheckResult:
    """What checking a file found: its problems, and what could be read of it."""

    problems: list[Problem]
    events: EventsFile = field(default_factory=EventsFile)
    text: str = ""
    node: Node | None = None  # the parsed tree, with marks
    seen: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def check_file(path: Path, articles_dir: Path | None = None) -> list[Problem]:
    """Every problem in the events file at ``path``, errors and warnings, in file order.

    ``articles_dir``: where the articles live (an article's id is its file stem); when given,
    sources naming an article that is not there are errors.  A missing file is one error.
    """
    article_ids = None
    if articles_dir is not None:
        if not articles_dir.is_dir():
            return [Problem(Place(str(articles_dir)), "articles directory not found")]
        article_ids = article_ids_in(articles_dir)
    if not path.exists():
        return [Problem(Place(str(path)), "events file not found")]
    if not path.is_file():
        return [Problem(Place(str(path)), "not a regular file: expected an events YAML file")]
    return check_bytes(path.read_bytes(), str(path), article_ids, articles_dir).problems


def article_ids_in(directory: Path) -> set[str]:
    """The ids (file stems) of the article files under a directory, as ``extract`` finds them."""
    return {article_id(p) for p in find_article_paths([directory])}


def check_bytes(raw: bytes, name: str, article_ids: set[str] | None = None,
                articles_dir: Path | None = None, missing_article: str = "error") -> CheckResult:
    """Decode, parse and validate an events file's bytes.  ``missing_article``: the severity
    of a source naming an article that is not in ``article_ids`` ("error", or "warning")."""
    try:
        text = decode(raw, name)
        node = fast_parse(text, name)
    except YamlSyntaxError as exc:
        return CheckResult([exc.problem])
    reader = Reader(name)
    events = read_document(reader, node)
    _check_ids(reader)
    _check_periods(reader)
    _check_sources(reader, events, article_ids, articles_dir, missing_article)
    problems = sorted(reader.problems, key=lambda p: (p.place.line or 0, p.place.col or 0))
    return CheckResult(problems, events, text, node, reader.seen)


def _check_ids(r: Reader) -> None:
    first: dict[str, tuple[str, int]] = {}
    for event, node, path in r.event_nodes:
        ident = event.get("id")
        if ident is None:
            continue
        if ident in first:
            other, line = first[ident]
            r.error(_value_node(node, "id"),
                    f"{path}.id: duplicate id {ident!r} (first used by {other} at line {line})")
        else:
            first[ident] = (path, node.start_mark.line + 1)


def _check_periods(r: Reader) -> None:
    for event, node, path in r.event_nodes:
        date, end = event.get("date"), event.get("end_date")
        if date and end and last_day(end) < first_day(date):
            r.error(_value_node(node, "end_date"),
                    f"{path}.end_date: {end!r} is before date {date!r}")


def _check_sources(r: Reader, events: EventsFile, article_ids: set[str] | None,
                   articles_dir: Path | None, missing_article: str) -> None:
    for event, node, path in r.event_nodes:
        sources = _value_node(node, "sources")
        items = sources.value if isinstance(sources, SequenceNode) else []
        missing = sources is node or is_null(sources) or (isinstance(sources, SequenceNode)
                                                          and not items)
        if missing and event.get("status") != "rejected":
            r.warn(node, f"{path}: no sources (cite at least one article)")
        for i, item in enumerate(items):
            article = _value_node(item, "article") if isinstance(item, MappingNode) else None
            if isinstance(article, ScalarNode) and scalar_text(article).strip():
                _check_article(r, article, f"{path}.sources[{i}].article", events,
                               (article_ids, articles_dir, missing_article))


def _check_article(r: Reader, node: ScalarNode, path: str, events: EventsFile,
                   known: tuple[set[str] | None, Path | None, str]) -> None:
    article = scalar_text(node)
    article_ids, articles_dir, severity = known
    if article_ids is not None and article not in article_ids:
        hint = suggest(article, sorted(article_ids)) if article_ids else ""
        hint = hint if "did you mean" in hint else ""
        report = r.error if severity == "error" else r.warn
        report(node, f"{path}: no article {article!r} in {articles_dir}{hint}")
    elif article not in events.articles:
        r.warn(node, f"{path}: article {article!r} has no entry under 'articles'")


def _value_node(mapping, key: str):
    """The value node for ``key`` in a mapping node (the mapping itself if absent)."""
    for key_node, value in mapping.value:
        if key_node.value == key:
            return value
    return mapping


__all__ = ["CheckResult", "article_ids_in", "check_bytes", "check_file", "place_of"]
