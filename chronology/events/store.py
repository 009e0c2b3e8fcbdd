"""Reading and writing ``content/events.yaml`` without losing hand edits."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from chronology.events.model import ArticleInfo, Event, EventsFile


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
    raise NotImplementedError("events: load_events")


def update_events_file(path: Path, candidates: list[Event], articles: dict[str, ArticleInfo]) -> UpdateReport:
    raise NotImplementedError("events: update_events_file")
