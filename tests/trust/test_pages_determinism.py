"""Saved pages give byte-identical events.yaml whatever the time zone or locale (page times
carry their own offsets; nothing is converted to the machine's zone)."""

from __future__ import annotations

from pathlib import Path

from helpers import make_project, run_cli

PAGES = Path(__file__).resolve().parents[1] / "articles" / "pages"


def test_pages_give_the_same_events_in_every_time_zone_and_locale(tmp_path):
    articles = {p.name: p.read_bytes() for p in sorted(PAGES.glob("*.html"))}
    outputs = []
    for i, env in enumerate([{"TZ": "UTC", "LC_ALL": "C"}, {"TZ": "Asia/Tehran", "LC_ALL": "C"},
                             {"TZ": "America/Los_Angeles", "LC_ALL": "C.UTF-8"}]):
        root = make_project(tmp_path / str(i), articles)
        done = run_cli(["extract", "--jobs", "2"], cwd=root, env=env)
        assert done.returncode == 0, done.stderr
        outputs.append((root / "content" / "events.yaml").read_bytes())
    assert b"meta article:published_time" in outputs[0]
    assert outputs[1] == outputs[0]
    assert outputs[2] == outputs[0]
