"""The project's default content: the seed articles, byte for byte."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def test_seed_articles_are_copied_verbatim():
    seeds = REPO.parent / "shared" / "seeds"
    if not seeds.is_dir():
        if os.environ.get("CI"):
            pytest.fail("../shared/seeds must be beside the checkout in CI")
        pytest.skip("../shared/seeds is not beside this checkout")
    shipped = sorted(p.name for p in (REPO / "content" / "articles").iterdir())
    assert shipped == sorted(p.name for p in seeds.iterdir())
    for name in shipped:
        assert (REPO / "content" / "articles" / name).read_bytes() == (seeds / name).read_bytes()
