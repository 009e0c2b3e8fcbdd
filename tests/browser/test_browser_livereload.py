"""``chronology serve`` live reload in Chromium: the open page reloads by itself after saving the
events file, the settings, an article or a template; a failed rebuild shows its file:line:col
error over the page (and in the terminal) until the file is fixed.

Each save -> reloaded page time is printed and recorded as a test property
(``save_to_reload_s``), with a 3 s ceiling (the goal is about 2 s on this shared machine).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import REPO_ROOT, SEED_EVENTS

pytestmark = pytest.mark.browser
CEILING_S = 3.0


class Server:
    """``chronology serve`` in a subprocess; its stderr lines are collected."""

    def __init__(self, root: Path) -> None:
        env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "chronology", "serve", "--port", "0", "--templates", "theme"],
            cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        assert line.startswith("serving http://127.0.0.1:"), line
        self.url = line.split()[1]
        self.errors: list[str] = []
        threading.Thread(target=self._read_stderr, daemon=True).start()

    def _read_stderr(self) -> None:
        for line in self.proc.stderr:
            self.errors.append(line)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


@pytest.fixture
def project(tmp_path):
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    shutil.copy(SEED_EVENTS, content / "events.yaml")
    shutil.copy(REPO_ROOT / "content" / "site.yaml", content / "site.yaml")
    (tmp_path / "theme").mkdir()
    return tmp_path


@pytest.fixture
def server(project):
    srv = Server(project)
    yield srv
    srv.stop()


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def _reload_time(page, save, reloaded: str) -> float:
    """Seconds from ``save()`` to the moment the reloaded page satisfies ``reloaded`` (JS)."""
    page.evaluate("window.__notReloaded = true")
    started = time.monotonic()
    save()
    page.wait_for_function(f"!window.__notReloaded && ({reloaded})", timeout=15_000, polling=50)
    return time.monotonic() - started


def test_saving_any_source_reloads_the_open_page(server, open_page, project, record_property,
                                                 capsys):
    page = open_page(server.url + "index.html")
    page.wait_for_load_state("load")
    content, times = project / "content", {}
    first = "Russia and Iran sign an intergovernmental agreement"
    times["events.yaml"] = _reload_time(
        page, lambda: _edit(content / "events.yaml", first, "Edited in events.yaml"),
        "document.body.textContent.includes('Edited in events.yaml')")
    times["site.yaml"] = _reload_time(
        page, lambda: _edit(content / "site.yaml", 'title: "Russia–Iran', 'title: "Edited: Russia–Iran'),
        "document.title.startsWith('Edited: ')")
    times["article"] = _reload_time(
        page, lambda: (content / "articles" / "new.txt").write_text(
            "MOSCOW, May 5 (Wire) - Talks were held on Tuesday.\n", encoding="utf-8"),
        "document.readyState === 'complete'")
    times["template"] = _reload_time(
        page, lambda: (project / "theme" / "timeline.html").write_text(
            '{% extends "default:timeline.html" %}{% block main %}<p id="theme-mark">Theme '
            "edited</p>{{ super() }}{% endblock %}\n", encoding="utf-8"),
        "!!document.getElementById('theme-mark')")
    for name, seconds in times.items():
        record_property(f"save_to_reload_s[{name}]", round(seconds, 2))
    with capsys.disabled():
        print("\nlive reload, save -> reloaded page: "
              + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in times.items()))
    assert max(times.values()) < CEILING_S, times


def test_a_failed_rebuild_shows_its_error_and_the_page_recovers(server, open_page, project):
    page = open_page(server.url + "index.html")
    page.wait_for_load_state("load")
    events = project / "content" / "events.yaml"
    good = events.read_text(encoding="utf-8")
    broken = good.replace('date: "2015-01-20"', 'date: "2015-02-30"', 1)
    assert broken != good
    line = broken[:broken.index("2015-02-30")].count("\n") + 1
    events.write_text(broken, encoding="utf-8")
    overlay = page.wait_for_selector("#chronology-reload-error", timeout=15_000)
    text = overlay.text_content()
    assert f"events.yaml:{line}:" in text and "'2015-02-30'" in text
    assert page.get_attribute("#chronology-reload-error", "role") == "alert"
    assert any(f"events.yaml:{line}:" in e and e.startswith("chronology: error: ")
               for e in server.errors)
    page.evaluate("window.__notReloaded = true")
    events.write_text(good.replace("Russia and Iran sign an inter", "Fixed: Russia and Iran sign an inter"),
                      encoding="utf-8")
    page.wait_for_function("!window.__notReloaded && document.body.textContent.includes('Fixed: ')",
                           timeout=15_000)
    assert page.query_selector("#chronology-reload-error") is None


def test_an_error_before_the_page_opens_shows_at_once(server, open_page, project):
    events = project / "content" / "events.yaml"
    events.write_text("events:\n  - id: x\n    date: soon\n    title: T\n", encoding="utf-8")
    deadline = time.monotonic() + 15
    while not any("events.yaml:3:11" in e for e in server.errors):
        assert time.monotonic() < deadline, server.errors
        time.sleep(0.1)
    page = open_page(server.url + "index.html")
    overlay = page.wait_for_selector("#chronology-reload-error", timeout=15_000)
    assert "events.yaml:3:11: events[0].date: 'soon' is not a date" in overlay.text_content()
