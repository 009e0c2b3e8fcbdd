"""Issue 15's hostile inputs, end to end through the real command line (README: "Robustness")."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
import yaml
from helpers import REPO, make_project, run_cli

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


def test_one_article_dated_9999_never_stops_the_others(tmp_path):
    far = "---\npublished: 9999-12-31\n---\n" + STORY
    dateline = STORY.replace("March 3 (Xinhua)", "December 31, 9999 (Xinhua)")
    root = make_project(tmp_path, {"far.txt": far.encode(), "line.txt": dateline.encode(),
                                   "good.txt": STORY.encode()})
    done = run_cli(["extract", "--jobs", "1"], cwd=root)
    assert "internal error" not in done.stderr and "Traceback" not in done.stderr
    assert done.returncode == 1
    errors = [line for line in done.stderr.splitlines() if line.startswith("chronology: error:")]
    assert len(errors) == 1
    assert errors[0].endswith("far.txt:2:1: front matter: published '9999-12-31' is not a real "
                              "date (years run from 1 to 9998)")
    events = (root / "content" / "events.yaml").read_text(encoding="utf-8")
    assert "\n  good:\n" in events and "\n  far:" not in events
    assert run_cli(["check"], cwd=root).returncode == 0


def test_impossible_front_matter_dates_are_one_line_errors_with_a_place(tmp_path):
    articles = {f"{name}.txt": f"---\npublished: {value}\n---\n{STORY}".encode()
                for name, value in (("feb30", "2015-02-30"), ("zero", "0000-01-01"))}
    root = make_project(tmp_path, {**articles, "good.txt": STORY.encode()})
    done = run_cli(["extract", "--jobs", "2"], cwd=root)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "ValueError" not in done.stderr
    lines = done.stderr.splitlines()
    assert any("feb30.txt:2:1: front matter: published '2015-02-30' is not a real date "
               "(February 2015 has 28 days)" in line for line in lines)
    assert any("zero.txt:2:1: front matter: published '0000-01-01' is not a real date" in line
               for line in lines)


def test_an_article_link_out_of_the_folder_publishes_nothing(tmp_path):
    # A symlink in a pull request must not publish a file of the build machine.
    secret = tmp_path / "secret.txt"
    secret.write_text(STORY.replace("Caspian Sea", "SECRET-MARKER Sea"), encoding="utf-8")
    root = make_project(tmp_path / "p", {"good.txt": STORY.encode()})
    (root / "content" / "articles" / "evil.txt").symlink_to(secret)
    done = run_cli(["extract", "--jobs", "2"], cwd=root)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    refused = [line for line in done.stderr.splitlines() if "evil.txt" in line]
    assert refused == ["chronology: error: content/articles/evil.txt: symbolic link to a file "
                       "outside content/articles: not read"]
    assert "SECRET" not in (root / "content" / "events.yaml").read_text(encoding="utf-8")
    assert "good" in (root / "content" / "events.yaml").read_text(encoding="utf-8")
    assert run_cli(["build"], cwd=root).returncode == 0
    assert not any(b"SECRET" in p.read_bytes() for p in (root / "build").rglob("*") if p.is_file())


def test_correcting_an_article_keeps_every_editors_decision(tmp_path):
    root = make_project(tmp_path)
    assert run_cli(["extract", "--jobs", "1"], cwd=root).returncode == 0
    events = root / "content" / "events.yaml"
    data = yaml.safe_load(events.read_text(encoding="utf-8"))
    first = data["events"]
    deleted = next(e for e in first if e["sources"][0]["article"].startswith("000_"))
    edited = next(e for e in first if e["sources"][0]["article"].startswith("003_"))
    text = events.read_text(encoding="utf-8")
    start = text.index(f"  - id: {deleted['id']}\n")
    end = text.index("\n  - id: ", start + 1) + 1
    text = text[:start] + text[end:]
    text = text.replace(f"  - id: {edited['id']}\n", "  - id: edited-by-hand\n")
    events.write_text(text, encoding="utf-8")
    for event in (deleted, edited):  # the publisher corrects both sentences
        quote = " ".join(event["sources"][0]["quote"].split())
        path = next((root / "content" / "articles").glob(event["sources"][0]["article"] + ".*"))
        article = path.read_text(encoding="utf-8")
        words = quote.split()
        found = re.search(r"\s+".join(map(re.escape, words)), article)
        longest = max(words, key=len)
        corrected = found.group().replace(longest, longest[:-1] + "x", 1)  # one word corrected
        path.write_text(article[:found.start()] + corrected + article[found.end():],
                        encoding="utf-8")
    done = run_cli(["extract", "--jobs", "1"], cwd=root)
    assert done.returncode == 0, done.stderr
    after = yaml.safe_load(events.read_text(encoding="utf-8"))["events"]
    ids = [e["id"] for e in after]
    assert deleted["id"] not in ids
    assert "edited-by-hand" in ids and edited["id"] not in ids
    assert "1 deleted" in done.stderr


def test_a_5_mb_one_paragraph_article_is_read_in_linear_time(tmp_path):
    # Sentence splitting was quadratic in paragraph length: 450 KB took 130 s, 3.3 MB > 300 s.
    # Ten times the text must take about ten times as long, not a hundred (a ratio measured in
    # this process, so a loaded machine slows both alike; no wall-clock limit).
    import sys
    import time

    sys.path.insert(0, str(REPO / "benchmarks"))
    import read_speed

    config = read_speed.load_config(REPO / "content" / "site.yaml")
    read_speed.measure(50, tmp_path, config)  # warm up: word lists and caches load once
    timings = {}
    for size in (500, 5000):
        started = time.perf_counter()
        read, analyse, events, mentions = read_speed.measure(size, tmp_path, config)
        timings[size] = time.perf_counter() - started
    # the whole paragraph was read (its repeated sentences are one event each, not thousands)
    assert mentions > 1000 and events >= 3
    assert timings[5000] < 30 * timings[500], timings  # linear: about 10x (40 s alone, 2026-12)


@pytest.mark.parametrize("args", [["dates", "a.txt"], ["dates", "a.txt", "--json"]])
def test_a_closed_pipe_ends_quietly(tmp_path, args):
    # `chronology dates FILE | head` ended with a BrokenPipeError traceback and exit 1.
    import os
    import subprocess
    import sys

    (tmp_path / "a.txt").write_text(STORY + "Iran and Russia met on March 5, 2019. " * 5000,
                                    encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "chronology", *args], cwd=tmp_path,
                            env={**os.environ, "PYTHONPATH": str(REPO)},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.readline()
    proc.stdout.close()  # what `head` does once it has its lines
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0
    assert err == ""
