"""Readers for the formats chronology exports: TimelineJS JSON, TimelineJS's spreadsheet CSV
and the plain events CSV. Each returns ``Row``s with their places, and the problems found.

Readers are registered by extension (``READERS``); a CSV file's header says which CSV it is.
"""

from __future__ import annotations

import csv
import difflib
import html
import io
import json
import json.decoder
import json.scanner
import re

from chronology.errors import Place, Problem
from chronology.importing.rows import Row
from chronology.site.exports import EVENTS_COLUMNS, TIMELINEJS_COLUMNS

# Columns of the plain CSV that carry what the site computed, not what an editor wrote.
DERIVED_COLUMNS = ("conflicting_dates", "sources", "permalink")
REQUIRED_COLUMNS = ("date", "title")
SKIPPED_TYPES = ("title", "era")  # TimelineJS rows that are not events
_SOURCES_LIST = re.compile(r"<ul>(?:<li>[^<]*\): “[^<]*</li>)+</ul>\s*\Z")


def read_timelinejs_json(text: str, name: str) -> tuple[list[Row], list[Problem]]:
    """Rows from a TimelineJS JSON file (``{"events": [...]}``)."""
    try:
        data = _located_json(text)
    except json.JSONDecodeError as exc:
        return [], [Problem(Place(name, exc.lineno, exc.colno), f"invalid JSON: {exc.msg}")]
    except RecursionError:
        return [], [Problem(Place(name), "invalid JSON: nested too deeply for a timeline")]
    events = data.get("events") if isinstance(data, dict) else None
    if not isinstance(events, list):
        return [], [Problem(Place(name, 1, 1), "not a TimelineJS file: expected an object "
                                               "with an \"events\" list")]
    rows, problems = [], []
    for i, event in enumerate(events):
        place = _place(text, name, getattr(event, "pos", 0))
        row = _json_row(event, place, f"events[{i}]", problems)
        if row is not None:
            rows.append(row)
    return rows, problems


def _json_row(event, place: Place, path: str, problems: list[Problem]) -> Row | None:
    if not isinstance(event, dict):
        problems.append(Problem(place, f"{path}: expected an object"))
        return None
    text = event.get("text") if isinstance(event.get("text"), dict) else {}
    date = _json_date(event.get("start_date"), f"{path}.start_date", place, problems)
    end = _json_date(event.get("end_date"), f"{path}.end_date", place, problems, required=False)
    if date is None:
        return None
    group = str(event.get("group") or "")
    ident = str(event.get("unique_id") or "")
    return Row(place=place, date=date, end_date=end or "", title=headline(text.get("headline")),
               id=ident[2:] if ident.startswith("e-") else ident,
               approximate=str(str(event.get("display_date") or "").startswith("c. ")).lower(),
               summary=strip_sources(str(text.get("text") or "")),
               tags=_json_tags(event.get("tags"), group),
               context=str(group == "Background").lower())


def _json_tags(tags, group: str) -> list[str]:
    """Every tag when the file lists them (chronology's export does), else the group."""
    if isinstance(tags, list) and all(isinstance(t, str) for t in tags):
        return tags
    return [group] if group and group != "Background" else []


def _json_date(value, path: str, place: Place, problems: list[Problem],
               required: bool = True) -> str | None:
    if value is None and not required:
        return None
    if not isinstance(value, dict) or value.get("year") in (None, ""):
        problems.append(Problem(place, f"{path}: expected an object with a year"))
        return None
    return join_date(value.get("year"), value.get("month"), value.get("day"))


def join_date(year, month, day) -> str:
    """``2015, 1, 20`` (numbers or text) -> ``"2015-01-20"``; what is not a number stays as
    written, so the row check reports it."""
    values = [str(v).strip() for v in (year, month, day) if v not in (None, "")]
    if all(v.isdigit() for v in values):
        widths = (4, 2, 2)
        values = [v.zfill(w) if len(v) <= w else v for v, w in zip(values, widths, strict=False)]
    return "-".join(values)


def headline(value) -> str:
    """A TimelineJS headline as a title: TimelineJS shows it as HTML, so entities are decoded
    (``&amp;`` -> ``&``); tags are kept as text, since a title is plain text."""
    return html.unescape(str(value or ""))


def strip_sources(text: str) -> str:
    """The card text without the list of sources the exports append to the summary."""
    return _SOURCES_LIST.sub("", text).strip()


def read_csv(text: str, name: str) -> tuple[list[Row], list[Problem]]:
    """Rows from TimelineJS's spreadsheet CSV or from the plain events CSV (by the header)."""
    try:
        records = list(_records(text))
    except _CsvError as exc:
        return [], [exc.problem(name)]
    if not records:
        return [], [Problem(Place(name, 1), "empty CSV file: expected a header row")]
    header = [h.strip() for h in records[0][1]]
    if "Headline" in header and "Year" in header:
        return _timelinejs_rows(name, header, records[1:])
    problems = _plain_header_problems(name, header)
    if problems:
        return [], problems
    return [_plain_row(Place(name, line), dict(zip(header, cells, strict=False)))
            for line, cells in records[1:] if any(c.strip() for c in cells)], []


class _CsvError(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line, self.message = line, message

    def problem(self, name: str) -> Problem:
        return Problem(Place(name, self.line), f"invalid CSV: {self.message}")


def _records(text: str):
    """``(first line, cells)`` per CSV record (a quoted cell may span several lines)."""
    reader = csv.reader(io.StringIO(text, newline=""))
    line = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:  # a NUL byte, a cell over the csv module's size limit
            raise _CsvError(line, str(exc)) from None
        yield line, [unprotect(c) for c in cells]
        line = reader.line_num + 1


def unprotect(cell: str) -> str:
    """Undo the exports' guard against spreadsheet formulas (``'=SUM`` -> ``=SUM``)."""
    return cell[1:] if cell[:1] == "'" and cell[1:2] in ("=", "+", "-", "@", "\t", "\r") else cell


def _timelinejs_rows(name: str, header: list[str], records) -> tuple[list[Row], list[Problem]]:
    rows = []
    for line, cells in records:
        cell = dict(zip(header, cells, strict=False))
        kind = cell.get("Type", "").strip().lower()
        if kind in SKIPPED_TYPES or not any(c.strip() for c in cells):
            continue
        group = cell.get("Group", "").strip()
        end = join_date(cell.get("End Year"), cell.get("End Month"), cell.get("End Day"))
        rows.append(Row(
            place=Place(name, line), title=headline(cell.get("Headline")),
            date=join_date(cell.get("Year"), cell.get("Month"), cell.get("Day")), end_date=end,
            approximate=str(cell.get("Display Date", "").startswith("c. ")).lower(),
            summary=strip_sources(cell.get("Text", "")),
            tags=[group] if group and group != "Background" else [],
            context=str(group == "Background").lower()))
    return rows, []


def _plain_header_problems(name: str, header: list[str]) -> list[Problem]:
    problems, col = [], 1
    for column in header:
        col += len(column) + 1  # the character column of the next name (unquoted header)
        if column not in EVENTS_COLUMNS:
            close = difflib.get_close_matches(column, EVENTS_COLUMNS + TIMELINEJS_COLUMNS, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            problems.append(Problem(Place(name, 1, col - len(column) - 1),
                                    f"unknown column {column!r}{hint}"))
    for column in REQUIRED_COLUMNS:
        if column not in header:
            problems.append(Problem(Place(name, 1), f"missing column {column!r} (a CSV needs "
                                                    "at least date and title)"))
    return problems


def _plain_row(place: Place, cell: dict[str, str]) -> Row:
    def items(key: str) -> list[str]:
        return [v for v in cell.get(key, "").split(";") if v.strip()]
    return Row(place=place, id=cell.get("id", "").strip(), date=cell.get("date", "").strip(),
               end_date=cell.get("end_date", "").strip(), title=cell.get("title", ""),
               approximate=cell.get("approximate", ""), summary=cell.get("summary", ""),
               tags=items("tags"), actors=items("actors"), places=items("places"),
               context=cell.get("context", ""))


READERS = {".json": read_timelinejs_json, ".csv": read_csv}


class _Located(dict):
    """A JSON object that remembers the offset it started at."""

    pos = 0


def _located_json(text: str):
    """``json.loads`` whose objects carry their start offset (for ``file:line:col``)."""
    def parse_object(s_and_end, *args):
        obj, end = json.decoder.JSONObject(s_and_end, *args)
        located = _Located(obj)
        located.pos = s_and_end[1] - 1
        return located, end
    decoder = json.JSONDecoder()
    decoder.parse_object = parse_object
    decoder.scan_once = json.scanner.py_make_scanner(decoder)
    return decoder.decode(text)


def _place(text: str, name: str, offset: int) -> Place:
    line = text.count("\n", 0, offset) + 1
    return Place(name, line, offset - (text.rfind("\n", 0, offset) + 1) + 1)
