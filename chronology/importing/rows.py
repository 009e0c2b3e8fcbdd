"""An imported row (from any format) checked and turned into an ``Event``.

Every reader yields ``Row``s with the place they came from; ``to_events`` checks them all and
returns the events, or every problem as ``file:line[:col]: message`` (nothing half-imported).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chronology.errors import Place, Problem
from chronology.events.model import Event
from chronology.events.schema import DATE_PATTERN, ID_PATTERN
from chronology.extraction.ids import event_id, uniquify
from chronology.importing.html2md import html_to_markdown
from chronology.spans import first_day, last_day

_DATE = re.compile(DATE_PATTERN)
_ID = re.compile(ID_PATTERN)
TRUE, FALSE = ("true", "yes", "1"), ("false", "no", "0", "")
_HTML = re.compile(r"^\s*<(p|ul|ol|blockquote|div|strong|em|a|code|br|del)\b", re.I)


@dataclass
class Row:
    """One event as a file gives it: text fields, not yet checked."""

    place: Place
    date: str
    title: str
    id: str = ""
    end_date: str = ""
    approximate: str = ""
    summary: str = ""  # HTML (as the exports write it) or Markdown
    tags: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    context: str = ""


def to_events(rows: list[Row]) -> tuple[list[Event], list[Problem]]:
    """Check every row; events for the good ones and every problem found, in file order."""
    problems: list[Problem] = []
    events = []
    for row in rows:
        found = _row_problems(row)
        problems += [Problem(row.place, message) for message in found]
        if not found:
            events.append(_event(row))
    _check_ids(rows, problems)
    ids = uniquify([e.id for e in events])
    for event, ident in zip(events, ids, strict=True):
        event.id = ident
    return events, problems


def _row_problems(row: Row) -> list[str]:
    out = [m for m in (_date_problem("date", row.date, required=True),
                       _date_problem("end_date", row.end_date)) if m]
    if not out and row.end_date and last_day(row.end_date) < first_day(row.date):
        out.append(f"end_date: {row.end_date!r} is before date {row.date!r}")
    if not row.title.strip():
        out.append("title: empty (every event needs a title)")
    if row.id and not _ID.match(row.id):
        out.append(f"id: {row.id!r} is not an id (letters, digits, '.', '_', '-')")
    for name in ("approximate", "context"):
        value = getattr(row, name).strip().lower()
        if value not in TRUE + FALSE:
            out.append(f"{name}: {getattr(row, name)!r} is not true or false")
    return out


def _date_problem(name: str, value: str, required: bool = False) -> str | None:
    if not value:
        return f"{name}: missing (every event needs a date)" if required else None
    if not _DATE.match(value):
        return f"{name}: {value!r} is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"
    try:
        first_day(value), last_day(value)
    except ValueError:
        return f"{name}: {value!r} does not exist"
    return None


def _check_ids(rows: list[Row], problems: list[Problem]) -> None:
    first: dict[str, Place] = {}
    for row in rows:
        if row.id in first:
            problems.append(Problem(row.place, f"id: duplicate id {row.id!r} (first used at "
                                               f"{first[row.id]})"))
        elif row.id:
            first[row.id] = row.place
    problems.sort(key=lambda p: (p.place.line or 0, p.place.col or 0))


def _event(row: Row) -> Event:
    summary = row.summary.strip()
    if _HTML.match(summary):
        summary = html_to_markdown(summary)
    return Event(
        id=row.id or event_id(row.date, row.title), date=row.date,
        end_date=row.end_date or None, title=row.title.strip(),
        approximate=row.approximate.strip().lower() in TRUE, summary=summary,
        tags=_clean(row.tags), actors=_clean(row.actors), places=_clean(row.places),
        context=row.context.strip().lower() in TRUE,
    )


def _clean(values: list[str]) -> list[str]:
    return list(dict.fromkeys(v.strip() for v in values if v.strip()))
