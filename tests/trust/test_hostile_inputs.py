"""Issue 15's hostile inputs, end to end through the real command line (README: "Robustness")."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from helpers import make_project, run_cli

STORY = ("TEHRAN, March 3 (Xinhua) -- Iranian and Russian warships held joint naval drills "
         "in the Caspian Sea on Monday, March 2, under a 2019 agreement, the Iranian navy said.\n\n"
         "The drills were agreed during a visit by Russian Defence Minister Sergei Shoigu "
         "to Tehran last year, it said.\n")


def test_a_vertical_tab_in_an_article_keeps_every_export_valid(tmp_path):
    # A word processor's soft line break is a vertical tab; it used to reach feed.xml.
    story = STORY.replace("joint naval", "joint\vnaval").replace("Caspian", "Cas\x07pian")
    root = make_project(tmp_path, {"a.txt": story.encode("utf-8")})
    done = run_cli(["extract", "--jobs", "1"], cwd=root)
    assert done.returncode == 0, done.stderr
    assert "invalid skipped" not in done.stderr
    quotes = (root / "content" / "events.yaml").read_text(encoding="utf-8")
    assert "Cas pian" in quotes  # the event is there, its text clean
    checked = run_cli(["check"], cwd=root)
    assert checked.returncode == 0, checked.stderr
    built = run_cli(["build"], cwd=root)
    assert built.returncode == 0, built.stderr
    ET.fromstring((root / "build" / "feed.xml").read_bytes())
    ics = (root / "build" / "events.ics").read_bytes()
    assert b"\x0b" not in ics and b"\x07" not in ics
