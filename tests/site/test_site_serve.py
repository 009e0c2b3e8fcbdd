"""``chronology serve``: builds, serves on localhost, and rebuilds when the content changes."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as resp:  # noqa: S310 - local server
        return resp.read().decode("utf-8")


def test_serve_builds_serves_and_rebuilds_on_change(tmp_path, content_from):
    content = content_from(tmp_path, "precision_events.yaml")
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "chronology", "serve", "--port", "0"],
                            cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)
    try:
        line = proc.stdout.readline()
        assert line.startswith("serving http://127.0.0.1:"), line
        base = line.split()[1]
        assert "Known to the day" in _get(base + "index.html")
        events = content / "events.yaml"
        events.write_text(events.read_text(encoding="utf-8").replace(
            "Known to the day", "Edited by hand"), encoding="utf-8")
        deadline = time.monotonic() + 20
        while "Edited by hand" not in _get(base + "index.html"):
            assert time.monotonic() < deadline, "no rebuild after the events file changed"
            time.sleep(0.3)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
