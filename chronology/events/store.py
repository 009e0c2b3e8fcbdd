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
'events: 1 added, 0 updated with new sources, 0 kept, 0 rejected, 0 deleted'
>>> [ev.title for ev in load_events(path).events]
['Deal signed']
"""

from __future__ import annotations

import codecs
import contextlib
import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from ruamel.yaml.comments import CommentedMap

from chronology import checkpoints
from chronology.errors import ChronologyError, Place, Problem, ProblemsError
from chronology.events.atomic import publish, publish_new, read_current, temp_beside
from chronology.events.check import CheckResult, article_ids_in, check_bytes
from chronology.events.emit import fast_dump
from chronology.events.fastparse import plain_data
from chronology.events.fresh import write_fresh
from chronology.events.lock import events_lock
from chronology.events.model import ArticleInfo, Event, EventsFile
from chronology.events.reconcile import UpdateReport, reconcile
from chronology.events.render import new_document
from chronology.events.splice import snapshot, splice
from chronology.events.yamlio import YamlSyntaxError, dump, guess_indent, new_yaml, parse

__all__ = ["UpdateReport", "dump_events", "load_events", "load_events_for_site", "merge_file",
           "update_events_file"]

ATTEMPTS = 5  # merges onto an editor's newer save before giving up (nothing overwritten)


def load_events(path: Path) -> EventsFile:
    """Read and validate an events file; an empty file has no events.

    Raises ``ProblemsError`` (every error, as ``file:line:col: message``) for a broken file and
    ``ChronologyError`` when it cannot be read.  Warnings do not stop loading.
    """
    return _checked(path).events


def load_events_for_site(path: Path, articles_dir: Path | None) -> tuple[EventsFile,
                                                                          list[Problem]]:
    """``load_events``, and a warning (with its place) for each source naming an article
    that is not in ``articles_dir`` (when it is given): ``check`` makes those errors."""
    article_ids = article_ids_in(articles_dir) if articles_dir is not None else None
    result = _checked(path, article_ids, articles_dir)
    missing = [p for p in result.problems
               if p.severity == "warning" and ": no article " in p.message]
    return result.events, missing


def update_events_file(path: Path, candidates: Iterable[Event],
                       articles: Mapping[str, ArticleInfo],
                       notify: Callable[[str], None] | None = None) -> UpdateReport:
    """Merge machine candidates and article details into the events file at ``path``.

    Creates the file if missing.  Refuses (``ProblemsError``) to touch a file with errors.
    Hand edits, deletions, additions, comments and order are kept; only new events, new
    sources and new articles are added.  Nothing is written when nothing changed.

    Safe with other writers: other chronology processes wait for the lock (``notify`` says
    so, default: a line on stderr), and an editor's save while merging is never overwritten:
    the merge is done again onto the saved text (see ``atomic.publish``).  A symbolic link is
    written through: the file it points to is updated, the link stays.

    ``candidates`` may be any collection that can be iterated more than once; a new file is
    written entry by entry (``fresh``), so memory does not grow with it when ``candidates``
    is a stream read from disk that says ``in_file_order`` (iterates by date, then id).
    """
    target = Path(os.path.realpath(path))
    target.parent.mkdir(parents=True, exist_ok=True)
    lock_options = {"notify": notify} if notify else {}
    with events_lock(target, shown=path, **lock_options):
        for attempt in range(ATTEMPTS):
            raw = read_current(target)
            checkpoints.reached("events-read")
            fresh = _fresh(target, candidates, articles, path) if raw is None else None
            if fresh is not None and not fresh.written:
                continue  # a file appeared meanwhile: merge onto it
            if fresh is not None:
                fresh.merged_again = attempt
                return fresh
            report, data = merge_file(raw, candidates, articles, str(path))
            checkpoints.reached("events-merged")
            if data is None or _publish(target, data, raw, path):
                report.written, report.merged_again = data is not None, attempt
                return report
    raise ChronologyError(f"changed {ATTEMPTS} times while chronology was merging into it (an "
                          "editor saving?); nothing was overwritten: run the command again", path)


def _fresh(target: Path, candidates: Iterable[Event], articles: Mapping[str, ArticleInfo],
           shown: Path) -> UpdateReport | None:
    """No file yet: write it entry by entry and put it in place (``written`` False when a
    file appeared meanwhile); None when the whole-document merge must do it."""
    try:
        tmp = temp_beside(target)
    except OSError as exc:
        raise ChronologyError(exc.strerror or str(exc), shown) from None
    try:
        in_order = candidates if getattr(candidates, "in_file_order", False) else sorted(
            candidates, key=lambda e: (str(e.date), str(e.id)))
        report = write_fresh(tmp, in_order, articles, str(shown))
        if report is not None:
            checkpoints.reached("events-merged")
            report.written = _publish_new(target, tmp, shown)
        return report
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _publish_new(target: Path, tmp: Path, shown: Path) -> bool:
    try:
        return publish_new(target, tmp)
    except ChronologyError as exc:  # name the file as the user gave it
        raise ChronologyError(exc.message, shown) from None


def merge_file(raw: bytes | None, candidates: Iterable[Event], articles: Mapping[str, ArticleInfo],
               name: str) -> tuple[UpdateReport, bytes | None]:
    """The merge of ``candidates`` into a file's bytes (None: no file yet): what changed,
    and the new bytes, or None when the file already says all of it.  Keeps a UTF-8 BOM and
    the file's line ends (LF, CRLF or CR)."""
    result = None
    if raw is not None:
        result = check_bytes(raw, name)
        if result.errors:
            raise ProblemsError(result.errors)
    report, text = _merged_text(result, candidates, articles, name)
    if text is None:
        return report, None
    bom = codecs.BOM_UTF8 if raw is not None and raw.startswith(codecs.BOM_UTF8) else b""
    return report, bom + text.encode("utf-8")


def _publish(target: Path, data: bytes, raw: bytes | None, shown: Path) -> bool:
    try:
        return publish(target, data, raw)
    except ChronologyError as exc:  # name the file as the user gave it
        raise ChronologyError(exc.message, shown) from None


def _merged_text(result: CheckResult | None, candidates: list[Event],
                 articles: dict[str, ArticleInfo], name: str) -> tuple[UpdateReport, str | None]:
    text = result.text if result is not None else ""
    if result is not None:
        quick = _quick_update(result, candidates, articles)
        if quick is not None:
            return quick
    doc = _round_trip_data(text, name) if result is not None and result.node is not None else None
    if not isinstance(doc, CommentedMap):
        doc = new_document()
    report = reconcile(doc, candidates, articles)
    new_text = _dump_like(doc, text)
    if _only_comments(text):  # an empty file an editor started with a note: keep the note
        new_text = text.rstrip("\r\n") + "\n" + new_text
    new_text = _line_ends_like(new_text, text)
    _verify(new_text, name)
    return report, (new_text if new_text != text else None)


def dump_events(events: EventsFile) -> str:
    """The YAML text of a whole events file, as the machine writes a new one."""
    doc = new_document(events)
    return fast_dump(doc) or dump(doc)


def _checked(path: Path, article_ids: set[str] | None = None,
             articles_dir: Path | None = None) -> CheckResult:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ChronologyError("events file not found (run `chronology extract`)", path) from None
    except OSError as exc:
        raise ChronologyError(f"cannot read events file: {exc.strerror or exc}", path) from None
    result = check_bytes(raw, str(path), article_ids, articles_dir,
                         missing_article="warning")
    if result.errors:
        raise ProblemsError(result.errors)
    return result


def _quick_update(result: CheckResult, candidates: list[Event],
                  articles: dict[str, ArticleInfo]) -> tuple[UpdateReport, str | None] | None:
    """Merge on plain data (fast).  If that changes nothing, or its additions can be inserted
    as text (see ``splice``), we are done; None sends the caller to the round-trip path."""
    data = plain_data(result.node)
    if not isinstance(data, CommentedMap):
        return None
    before = snapshot(data)
    report = reconcile(data, candidates, articles)
    if not (report.added or report.updated or report.articles_added or report.seen_added):
        return report, None
    new_text = splice(result.text, result.node, data, before)
    return None if new_text is None else (report, new_text)


def _line_ends_like(new_text: str, original: str) -> str:
    """The original's line ends (a Windows editor's CRLF, an old Mac's CR), not a mix."""
    if "\r" not in original:
        return new_text
    ending = "\r\n" if "\r\n" in original else "\r"
    return new_text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", ending)


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


def _verify(text: str, name: str) -> None:
    """Never write a file we could not read back."""
    errors = check_bytes(text.encode("utf-8"), name).errors
    if errors:
        problem = Problem(Place(name), "internal error: the updated file would not "
                          "validate; nothing was written")
        raise ProblemsError([problem, *errors])
