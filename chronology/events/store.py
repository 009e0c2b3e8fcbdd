"""Reading and writing ``content/events.yaml`` without losing hand edits.

The facade the rest of the project uses:

- ``load_events(path) -> EventsFile``: the validated file; ``ProblemsError`` lists every error.
- ``update_events_file(path, candidates, articles) -> UpdateReport``: merge machine output into
  the file (see ``chronology.events.reconcile`` for the rules) and write it atomically, keeping
  ``events.yaml.bak``.
- ``dump_events(events) -> str``: a whole file, as the machine would write it fresh.

>>> import tempfile, pathlib
>>> from chronology.events.model import Event, Source
>>> path = pathlib.Path(tempfile.mkdtemp()) / "events.yaml"
>>> e = Event(id="e1", date="2015-01-20", title="Deal signed",
...           sources=[Source(article="a1", quote="They signed on Tuesday.")])
>>> update_events_file(path, [e], {}).summary()
'events: 1 added, 0 updated with new sources, 0 kept, 0 rejected'
>>> [ev.title for ev in load_events(path).events]
['Deal signed']
"""

from __future__ import annotations

from pathlib import Path

from ruamel.yaml.comments import CommentedMap

from chronology.errors import ChronologyError, Place, Problem, ProblemsError
from chronology.events.atomic import write_atomic
from chronology.events.check import CheckResult, check_bytes
from chronology.events.emit import fast_dump
from chronology.events.fastparse import plain_data
from chronology.events.model import ArticleInfo, Event, EventsFile
from chronology.events.reconcile import UpdateReport, reconcile
from chronology.events.render import new_document
from chronology.events.splice import snapshot, splice
from chronology.events.yamlio import YamlSyntaxError, dump, guess_indent, new_yaml, parse

__all__ = ["UpdateReport", "dump_events", "load_events", "update_events_file"]


def load_events(path: Path) -> EventsFile:
    """Read and validate an events file; an empty file has no events.

    Raises ``ProblemsError`` (every error, as ``file:line:col: message``) for a broken file and
    ``ChronologyError`` when it cannot be read.  Warnings do not stop loading.
    """
    return _checked(path).events


def update_events_file(path: Path, candidates: list[Event],
                       articles: dict[str, ArticleInfo]) -> UpdateReport:
    """Merge machine candidates and article details into the events file at ``path``.

    Creates the file if missing.  Refuses (``ProblemsError``) to touch a file with errors.
    Hand edits, deletions, additions, comments and order are kept; only new events, new
    sources and new articles are added.  Nothing is written when nothing changed.
    """
    text, doc = "", None
    if path.exists():
        result = _checked(path)
        text = result.text
        quick = _quick_update(path, result, candidates, articles)
        if quick is not None:
            return quick
        doc = _round_trip_data(text, str(path)) if result.node is not None else None
    if not isinstance(doc, CommentedMap):
        doc = new_document()
    report = reconcile(doc, candidates, articles)
    new_text = _dump_like(doc, text)
    if _only_comments(text):  # an empty file an editor started with a note: keep the note
        new_text = text.rstrip("\r\n") + "\n" + new_text
    if "\r\n" in text:  # saved by a Windows editor: keep its line endings
        new_text = new_text.replace("\r\n", "\n").replace("\n", "\r\n")
    _verify(new_text, path)
    if new_text != text:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, new_text)
        report.written = True
    return report


def dump_events(events: EventsFile) -> str:
    """The YAML text of a whole events file, as the machine writes a new one."""
    doc = new_document(events)
    return fast_dump(doc) or dump(doc)


def _checked(path: Path) -> CheckResult:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ChronologyError("events file not found (run `chronology extract`)", path) from None
    except OSError as exc:
        raise ChronologyError(f"cannot read events file: {exc.strerror or exc}", path) from None
    result = check_bytes(raw, str(path))
    if result.errors:
        raise ProblemsError(result.errors)
    return result


def _quick_update(path: Path, result: CheckResult, candidates: list[Event],
                  articles: dict[str, ArticleInfo]) -> UpdateReport | None:
    """Merge on plain data (fast).  If that changes nothing, or its additions can be inserted
    as text (see ``splice``), we are done; None sends the caller to the round-trip path."""
    data = plain_data(result.node)
    if not isinstance(data, CommentedMap):
        return None
    before = snapshot(data)
    report = reconcile(data, candidates, articles)
    if not (report.added or report.updated or report.articles_added or report.seen_added):
        return report
    new_text = splice(result.text, result.node, data, before)
    if new_text is None:
        return None
    write_atomic(path, new_text)
    report.written = True
    return report


def _only_comments(text: str) -> bool:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return bool(lines) and all(line.startswith("#") for line in lines)


def _round_trip_data(text: str, name: str):
    """The file as ruamel round-trip data (comments, order and styles kept)."""
    try:
        return parse(text, name).data()
    except YamlSyntaxError as exc:
        raise ProblemsError([exc.problem]) from None


def _dump_like(doc, original: str) -> str:
    """Dump with the indentation the original file uses, so a rewrite is a small diff.

    A new file is written by the fast writer (the same bytes, see ``emit``) when it can."""
    if not original.strip():
        text = fast_dump(doc)
        if text is not None:
            return text
    yaml = new_yaml()
    if original.strip():
        mapping, sequence, offset = guess_indent(original)
        yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
    return dump(doc, yaml)


def _verify(text: str, path: Path) -> None:
    """Never write a file we could not read back."""
    errors = check_bytes(text.encode("utf-8"), str(path)).errors
    if errors:
        problem = Problem(Place(str(path)), "internal error: the updated file would not "
                          "validate; nothing was written")
        raise ProblemsError([problem, *errors])
