"""No edit lost, ever: an editor's save during a real run, two runs at once, a killed run.

Real processes on a generated corpus (``benchmarks/make_corpus.py``) big enough that reading,
merging and writing the events file takes a noticeable time.  ``CHRONOLOGY_CHECKPOINT``
pauses a run at a named point (``chronology/checkpoints.py``), so an editor's save can be
injected exactly there; a racing editor loop and two simultaneous runs cover the rest.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from helpers import REPO, make_project, run_cli

sys.path.insert(0, str(REPO / "benchmarks"))
import make_corpus  # noqa: E402

CORPUS = 400  # articles in the events file before each test's run
NEW = 40  # articles each run adds


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """A project whose events file already holds the corpus's events, and spare articles."""
    root = make_project(tmp_path_factory.mktemp("base"))
    make_corpus.main([str(root / "content" / "articles"), "--count", str(CORPUS), "--seed", "7"])
    done = run_cli(["extract", "--jobs", "2"], cwd=root)
    assert done.returncode == 0, done.stderr
    for batch, seed in (("one", "8"), ("two", "9")):
        spare = root / f"spare-{batch}"
        make_corpus.main([str(spare), "--count", str(NEW), "--seed", seed])
        for path in spare.iterdir():  # distinct ids per batch
            path.rename(spare / f"{batch}_{path.name}")
    return root


@pytest.fixture
def project(base, tmp_path):
    root = tmp_path / "project"
    shutil.copytree(base, root, symlinks=True)
    return root


def _add_batch(root: Path, batch: str) -> None:
    for path in (root / f"spare-{batch}").iterdir():
        shutil.copy(path, root / "content" / "articles" / path.name)


def _start(root: Path, *args: str, checkpoint: str = "") -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "CHRONOLOGY_CHECKPOINT"}
    env["PYTHONPATH"] = str(REPO)
    if checkpoint:
        env["CHRONOLOGY_CHECKPOINT"] = checkpoint
    return subprocess.Popen([sys.executable, "-m", "chronology", "extract", *args], cwd=root,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for(path: Path, proc: subprocess.Popen, timeout: float = 240) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert proc.poll() is None, proc.communicate()[1]
        assert time.monotonic() < deadline, f"never reached {path.name}"
        time.sleep(0.02)


def _editor_save(events: Path, number: int) -> None:
    """What an editor does: read, change, write a temp file, rename it over the file."""
    text = events.read_text(encoding="utf-8")
    hand = (f"  - id: hand-{number}\n    date: 2016-01-0{number % 9 + 1}\n"
            f"    title: Added by hand {number}\n")
    at = text.index("# Machine memory")
    text = text[:at] + hand + text[at:]
    text = text.replace("title: Russia", f"title: EDITED{number} Russia", 1)
    tmp = events.with_name(f".editor-{number}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, events)


def _ids(events: Path) -> set[str]:
    return set(re.findall(r"^  - id: (\S+)$", events.read_text(encoding="utf-8"), re.M))


def _batch_articles(root: Path, batch: str) -> set[str]:
    return {p.stem for p in (root / f"spare-{batch}").iterdir()}


def _articles_in(events: Path) -> set[str]:
    return set(re.findall(r"^  (\S+):$", events.read_text(encoding="utf-8"), re.M))


@pytest.mark.parametrize("point", ["extract-analysed", "events-read", "events-merged",
                                   "events-swap"])
def test_an_editor_save_at_any_point_of_a_run_is_kept_and_merged(project, point):
    events = project / "content" / "events.yaml"
    _add_batch(project, "one")
    proc = _start(project, "--jobs", "2", checkpoint=f"{point}=pause:{project}")
    _wait_for(project / f"{point}.reached", proc)
    _editor_save(events, 1)
    (project / f"{point}.go").touch()
    out, err = proc.communicate(timeout=240)
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    text = events.read_text(encoding="utf-8")
    assert "hand-1" in _ids(events) and "EDITED1 Russia" in text  # the editor's save survived
    assert _batch_articles(project, "one") <= _articles_in(events)  # and the run's work too
    assert run_cli(["check"], cwd=project).returncode == 0


def test_a_racing_editor_never_loses_a_save(project):
    events = project / "content" / "events.yaml"
    _add_batch(project, "one")
    proc = _start(project, "--jobs", "2")
    saves, stop = [], threading.Event()

    def editor() -> None:
        while not stop.is_set():
            saves.append(len(saves) + 1)
            _editor_save(events, saves[-1])
            time.sleep(0.05)

    thread = threading.Thread(target=editor)
    thread.start()
    try:
        out, err = proc.communicate(timeout=240)
    finally:
        stop.set()
        thread.join()
    assert "Traceback" not in err
    lost = {f"hand-{n}" for n in saves} - _ids(events)
    assert not lost, f"editor saves overwritten by the run: {sorted(lost)}"
    if proc.returncode:  # the editor kept saving: the run stopped rather than overwrite
        assert re.search(r"changed \d+ times while chronology was merging", err), err
    assert run_cli(["check"], cwd=project).returncode == 0


def _batch_args(root: Path, batch: str) -> list[str]:
    _add_batch(root, batch)
    return sorted(f"content/articles/{p.name}" for p in (root / f"spare-{batch}").iterdir())


def test_two_runs_at_once_keep_both_runs_events(project):
    events = project / "content" / "events.yaml"
    one = _start(project, "--jobs", "1", *_batch_args(project, "one"))
    two = _start(project, "--jobs", "1", *_batch_args(project, "two"))
    for proc in (one, two):
        err = proc.communicate(timeout=240)[1]
        assert proc.returncode == 0, err
    found = _articles_in(events)
    assert _batch_articles(project, "one") <= found
    assert _batch_articles(project, "two") <= found
    assert run_cli(["check"], cwd=project).returncode == 0


def test_a_second_run_waits_for_the_first_and_says_so(project):
    events = project / "content" / "events.yaml"
    first = _start(project, "--jobs", "1", *_batch_args(project, "one"),
                   checkpoint=f"events-merged=pause:{project}")
    _wait_for(project / "events-merged.reached", first)
    second = _start(project, "--jobs", "1", *_batch_args(project, "two"))
    deadline = time.monotonic() + 120
    line = ""
    while "waiting" not in line and time.monotonic() < deadline:
        line = second.stderr.readline()
    assert line.startswith("chronology: waiting for another chronology process (pid "), line
    assert "content/events.yaml" in line
    (project / "events-merged.go").touch()
    for proc in (first, second):
        proc.communicate(timeout=240)
        assert proc.returncode == 0
    found = _articles_in(events)
    assert _batch_articles(project, "one") | _batch_articles(project, "two") <= found
    assert run_cli(["check"], cwd=project).returncode == 0


def test_a_killed_run_does_not_block_the_next_one(project):
    events = project / "content" / "events.yaml"
    before = events.read_bytes()
    first = _start(project, "--jobs", "1", checkpoint=f"events-merged=pause:{project}")
    _add_batch(project, "one")
    _wait_for(project / "events-merged.reached", first)
    first.send_signal(signal.SIGKILL)
    first.communicate(timeout=60)
    assert events.read_bytes() == before  # the old file, whole
    started = time.monotonic()
    done = run_cli(["extract", "--jobs", "2"], cwd=project, timeout=240)
    assert done.returncode == 0, done.stderr
    assert "waiting" not in done.stderr
    assert time.monotonic() - started < 200
    assert sorted(p.name for p in events.parent.iterdir() if p.name.startswith(".")) == []
