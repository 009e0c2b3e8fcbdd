"""Run ``analyse_article`` over many files, in parallel, collecting per-file errors."""

from __future__ import annotations

from pathlib import Path

from chronology.config import SiteConfig
from chronology.errors import ChronologyError
from chronology.extraction import ArticleResult


def analyse_paths(
    paths: list[Path], config: SiteConfig, jobs: int | None = None
) -> tuple[list[ArticleResult], list[ChronologyError]]:
    """Analyse every article; a bad file is reported, and the others still processed."""
    raise NotImplementedError("extraction: analyse_paths")
