"""Regenerate the golden site tree: ``PYTHONPATH=. python tests/site/golden_update.py``.

The golden tree is the seed fixture (``fixtures/seed_events.yaml``) built with the shipped
settings; ``test_site_golden.py`` diffs a fresh build against it. Review the diff before you
commit a regenerated tree: it is every visible change to the site.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from chronology.site.build import build_site

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
GOLDEN = HERE / "golden" / "seed"
FILES = ("index.html", "sources.html", "404.html", "events.json", "timelinejs.csv", "events.csv",
         "feed.xml", "feed.json", "events.ics")


def build_seed(root: Path) -> Path:
    """Build the seed fixture under ``root``; return the output folder."""
    content = root / "content"
    content.mkdir()
    shutil.copy(HERE / "fixtures" / "seed_events.yaml", content / "events.yaml")
    shutil.copy(REPO / "content" / "site.yaml", content / "site.yaml")
    build_site(content, root / "build")
    return root / "build"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = build_seed(Path(tmp))
        GOLDEN.mkdir(parents=True, exist_ok=True)
        for name in FILES:
            (GOLDEN / name).write_bytes((out / name).read_bytes())
    print(f"wrote {len(FILES)} files to {GOLDEN.relative_to(REPO)}")


if __name__ == "__main__":
    main()
