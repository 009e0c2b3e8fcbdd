"""Shared fixtures: a content folder made from one of the hand-written events fixtures."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SITE_FIXTURES = REPO / "tests" / "site" / "fixtures"


@pytest.fixture
def content_from():
    """``content_from(root, "seed_events.yaml")`` -> a content folder holding that fixture.

    The shipped ``content/site.yaml`` is used unless ``settings`` (a path) is given.
    """
    def make(root: Path, name: str, settings: Path | None = None) -> Path:
        content = root / "content"
        content.mkdir(parents=True, exist_ok=True)
        shutil.copy(SITE_FIXTURES / name, content / "events.yaml")
        shutil.copy(settings or REPO / "content" / "site.yaml", content / "site.yaml")
        return content
    return make
