"""Reading and writing ``content/events.yaml`` without losing hand edits."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

import yaml

from chronology.errors import ChronologyError
from chronology.events.model import ArticleInfo, Event, EventsFile, Source


@dataclass
class UpdateReport:
    added: int = 0
    updated: int = 0
    kept: int = 0
    rejected: int = 0

    def summary(self) -> str:
        return (f"events: {self.added} added, {self.updated} updated with new sources, "
                f"{self.kept} kept, {self.rejected} rejected")


def load_events(path: Path) -> EventsFile:
    """Read an events file into plain dataclasses.

    Provisional loader (no validation); the events store replaces it with the checked one.
    Format: top-level ``events:`` (a list of event mappings) and ``articles:`` (id -> info).
    """
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ChronologyError(f"invalid YAML: {exc}", path) from None
    events = [_event(e) for e in data.get("events") or []]
    articles = {
        str(k): ArticleInfo(id=str(k), **{f: v for f, v in (v or {}).items() if f != "id"})
        for k, v in (data.get("articles") or {}).items()
    }
    return EventsFile(events=events, articles=articles)


def _event(raw: dict) -> Event:
    known = {f.name for f in fields(Event)}
    values = {k: (str(v) if k in ("date", "end_date") and v is not None else v)
              for k, v in raw.items() if k in known}
    values["sources"] = [Source(**{k: (str(v) if v is not None else v) for k, v in s.items()})
                         for s in raw.get("sources") or []]
    return Event(**values)


def update_events_file(path: Path, candidates: list[Event], articles: dict[str, ArticleInfo]) -> UpdateReport:
    raise NotImplementedError("events: update_events_file")
