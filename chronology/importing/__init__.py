"""``chronology import``: events from TimelineJS JSON, TimelineJS CSV or plain CSV, merged into
the events file with the same guarantees as ``extract``.

Read top to bottom: the file is decoded, its reader (by extension) gives rows with places,
every row is checked, and only if all are good are the events merged with
``update_events_file`` (hand edits kept, deletions remembered, atomic write).

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> _ = (root / "in.csv").write_text("date,title,tags\\n2015-01-20,Deal signed,agreement; visit\\n")
>>> import_file(root / "in.csv", root / "events.yaml").summary()
'events: 1 added, 0 updated with new sources, 0 kept, 0 rejected, 0 deleted'
>>> [(e.id, e.tags) for e in read_events(root / "in.csv")]
[('2015-01-20-deal-signed', ['agreement', 'visit'])]
"""

from __future__ import annotations

from pathlib import Path

from chronology.errors import ChronologyError, ProblemsError
from chronology.events.model import Event
from chronology.events.store import UpdateReport, update_events_file
from chronology.importing.formats import READERS
from chronology.importing.rows import to_events

__all__ = ["import_file", "read_events"]


def import_file(source: Path, events_path: Path) -> UpdateReport:
    """Merge the events of ``source`` into ``events_path``; nothing is written on any error."""
    return update_events_file(events_path, read_events(source), {})


def read_events(source: Path) -> list[Event]:
    """The events of an exported file; ``ProblemsError`` lists every bad row."""
    reader = READERS.get(source.suffix.lower())
    if reader is None:
        raise ChronologyError(f"unknown format {source.suffix or '(no extension)'!r}: expected "
                              ".json (TimelineJS) or .csv (TimelineJS spreadsheet or plain CSV)",
                              source)
    rows, problems = reader(_read_text(source), str(source))
    events, row_problems = to_events(rows)
    problems = sorted(problems + row_problems, key=lambda p: (p.place.line or 0, p.place.col or 0))
    if problems:
        raise ProblemsError(problems)
    return events


def _read_text(source: Path) -> str:
    try:
        data = source.read_bytes()
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 with a BOM, as some spreadsheets save
            return data.decode("utf-16")
        if b"\x00" in data:
            raise ChronologyError("binary file (NUL bytes): not a file to import", source)
        return data.decode("utf-8-sig")
    except FileNotFoundError:
        raise ChronologyError("no such file", source) from None
    except IsADirectoryError:
        raise ChronologyError("is a folder, not a file to import", source) from None
    except UnicodeDecodeError as exc:
        raise ChronologyError(f"not UTF-8 text (byte {exc.start})", source) from None
