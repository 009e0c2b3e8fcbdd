"""``check``: every problem in an events file, with file:line:col."""

from __future__ import annotations

from pathlib import Path

from chronology.errors import Problem


def check_file(path: Path, articles_dir: Path | None = None) -> list[Problem]:
    raise NotImplementedError("events: check_file")
