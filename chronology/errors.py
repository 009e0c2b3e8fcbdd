"""User-facing errors and problems, always reported with a place (``file:line:col``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Place:
    """Where a problem is: a file, and optionally a 1-based line and column."""

    path: str
    line: int | None = None
    col: int | None = None

    def __str__(self) -> str:
        parts = [self.path]
        if self.line is not None:
            parts.append(str(self.line))
            if self.col is not None:
                parts.append(str(self.col))
        return ":".join(parts)


@dataclass(frozen=True)
class Problem:
    """One problem found in a user's file. ``severity`` is ``"error"`` or ``"warning"``."""

    place: Place
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{self.place}: {prefix}{self.message}"


class ChronologyError(Exception):
    """An error caused by the user's input or environment.

    The CLI prints it as one line (``file:line:col: message``) and exits 1;
    it never shows a traceback for these (``--debug`` does).
    """

    def __init__(self, message: str, place: Place | str | Path | None = None) -> None:
        super().__init__(message)
        if place is not None and not isinstance(place, Place):
            place = Place(str(place))
        self.message = message
        self.place = place

    def __str__(self) -> str:
        return f"{self.place}: {self.message}" if self.place else self.message


class ProblemsError(ChronologyError):
    """Several problems at once (e.g. from ``check``), reported together."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
