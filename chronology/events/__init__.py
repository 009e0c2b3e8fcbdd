"""The events file: load, validate, reconcile with new extraction results, write atomically.

Public facade:

- ``store.load_events(path) -> EventsFile``: raises ``ProblemsError`` listing every problem.
- ``check.check_file(path, articles_dir=None) -> list[Problem]``: errors and warnings, each
  with file:line:col, in file order.
- ``store.update_events_file(path, candidates, articles) -> UpdateReport``: merge machine
  output into the file, keeping every hand edit, deletion (as rejection), addition and comment.

Modules: ``fastparse`` (libyaml events -> ``nodes``), ``validate`` (nodes -> dataclasses and
problems, by the field specs in ``schema``), ``check`` (checks across events), ``yamlio``
(guarded round-trip ruamel.yaml), ``reconcile`` + ``comments`` (merging without losing edits),
``render`` (dataclasses -> YAML), ``candidates`` (machine output checked before merging),
``atomic`` (safe writes, never over an editor's save), ``lock`` (one chronology writer at a
time), ``store`` (the facade).
"""

from __future__ import annotations

from chronology.events.model import ArticleInfo, Event, EventsFile, Source

__all__ = ["ArticleInfo", "Event", "EventsFile", "Source"]
