"""The events file: load, validate, reconcile with new extraction results, write atomically.

Public facade:

- ``load_events(path) -> EventsFile``: raises ``ProblemsError`` listing every problem.
- ``check_file(path, strict=False) -> list[Problem]``: errors and warnings with file:line:col.
- ``update_events_file(path, candidates, articles) -> UpdateReport``: merge machine output
  into the file, keeping every hand edit, deletion (as rejection), addition and comment.
"""

from __future__ import annotations

from chronology.events.model import ArticleInfo, Event, EventsFile, Source

__all__ = ["ArticleInfo", "Event", "EventsFile", "Source"]
