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

from chronology.errors import ChronologyError, Place, Problem, ProblemsError
from chronology.events.atomic import write_atomic
from chronology.events.check import CheckResult, check_bytes
from chronology.events.model import ArticleInfo, Event, EventsFile
from chronology.events.reconcile import UpdateReport, reconcile
from chronology.events.render import new_document
from chronology.events.yamlio import YamlSyntaxError, dump, guess_indent, new_yaml

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
    if path.exists():
        result = _checked(path)
        text = result.parsed.text if result.parsed else ""
        doc = _data(result) if result.parsed and result.parsed.node is not None else None
    else:
        text, doc = "", None
    if doc is None:
        doc = new_document()
    report = reconcile(doc, candidates, articles)
    new_text = _dump_like(doc, text)
    _verify(new_text, path)
    if new_text != text:
        write_atomic(path, new_text)
        report.written = True
    return report


def dump_events(events: EventsFile) -> str:
    """The YAML text of a whole events file, as the machine writes a new one."""
    return dump(new_document(events))


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


def _data(result: CheckResult):
    try:
        return result.parsed.data()
    except YamlSyntaxError as exc:
        raise ProblemsError([exc.problem]) from None


def _dump_like(doc, original: str) -> str:
    """Dump with the indentation the original file uses, so a rewrite is a small diff."""
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
