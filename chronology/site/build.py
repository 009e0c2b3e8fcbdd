"""The build orchestrator: gather everything first, then write into a temp dir and swap it in."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class BuildResult:
    pages: int
    events: int


def build_site(content_dir: Path, output_dir: Path, user_templates: Path | None = None) -> BuildResult:
    raise NotImplementedError("site: build_site")
