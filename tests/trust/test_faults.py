"""Faults lose nothing: interrupted extraction, failed builds, unwritable and full disks."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time

import pytest
from helpers import REPO, make_project, run_cli, tree_digest

sys.path.insert(0, str(REPO / "benchmarks"))
import make_corpus  # noqa: E402

from chronology.cli import main  # noqa: E402


@pytest.fixture
def extracted(tmp_path):
    root = make_project(tmp_path)
    done = run_cli(["extract"], cwd=root)
    assert done.returncode == 0, done.stderr
    return root


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL])
def test_interrupted_extraction_never_leaves_a_truncated_file(extracted, sig):
    events = extracted / "content" / "events.yaml"
    before = events.read_bytes()
    make_corpus.main([str(extracted / "content" / "articles"), "--count", "400", "--seed", "7"])
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for delay in (0.3, 1.0, 2.0):
        proc = subprocess.Popen([sys.executable, "-m", "chronology", "extract", "--jobs", "2"],
                                cwd=extracted, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, start_new_session=True)
        time.sleep(delay)
        os.killpg(proc.pid, sig)
        proc.communicate(timeout=60)
        after = events.read_bytes()
        if after != before:  # the run finished its write before the signal: a whole new file
            assert run_cli(["check", "content/events.yaml"], cwd=extracted).returncode == 0
            before = after
        assert after.endswith(b"\n")


def test_failed_build_leaves_the_previous_build_intact(extracted):
    assert run_cli(["build"], cwd=extracted).returncode == 0
    before = tree_digest(extracted / "build")
    events = extracted / "content" / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8") + "\n  - [broken\n", encoding="utf-8")
    done = run_cli(["build"], cwd=extracted)
    assert done.returncode == 1
    assert "events.yaml:" in done.stderr
    assert "Traceback" not in done.stderr
    assert tree_digest(extracted / "build") == before


def test_output_in_a_missing_or_non_directory_place_is_a_clear_error(extracted):
    (extracted / "blocker").write_text("a file, not a folder", encoding="utf-8")
    for args in (["build", "-o", "blocker/site"], ["extract", "-o", "blocker/events.yaml"]):
        done = run_cli(args, cwd=extracted)
        assert done.returncode == 1, args
        assert "blocker" in done.stderr
        assert "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) <= 2


def test_full_disk_keeps_the_old_events_file(extracted, monkeypatch, capsys):
    events = extracted / "content" / "events.yaml"
    before = events.read_bytes()
    (extracted / "content" / "articles" / "new.txt").write_text(
        "TEHRAN, March 3 (Xinhua) -- Iran and Russia held naval drills on Monday, "
        "the Iranian navy said.\n", encoding="utf-8")

    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.chdir(extracted)
    monkeypatch.setattr(os, "fsync", no_space)
    code = main(["extract", "--jobs", "1"])
    err = capsys.readouterr().err
    assert code == 1
    assert "No space left on device" in err
    assert "Traceback" not in err
    assert events.read_bytes() == before
    assert sorted(p.name for p in events.parent.iterdir() if p.name.startswith(".")) == []


def _children(pid: int) -> list[str]:
    path = f"/proc/{pid}/task/{pid}/children"
    with open(path, encoding="ascii") as handle:
        return handle.read().split()


@pytest.mark.skipif(not os.path.exists(f"/proc/{os.getpid()}/task/{os.getpid()}/children"),
                    reason="needs Linux /proc children lists")
@pytest.mark.parametrize("when", ["starting", "workers-up", "working"])
def test_ctrl_c_with_several_jobs_prints_one_line_and_no_worker_traceback(extracted, when):
    # A terminal's Ctrl-C signals the whole process group: the workers too.
    make_corpus.main([str(extracted / "content" / "articles"), "--count", "400", "--seed", "3"])
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    if when == "starting":  # paused while the commands are imported (before that, it is
        env["CHRONOLOGY_CHECKPOINT"] = f"cli-imported=pause:{extracted}"  # CPython's start-up)
    proc = subprocess.Popen([sys.executable, "-m", "chronology", "extract", "--jobs", "4"],
                            cwd=extracted, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    if when == "starting":
        deadline = time.monotonic() + 60
        while not (extracted / "cli-imported.reached").exists() and time.monotonic() < deadline:
            time.sleep(0.005)
        os.killpg(proc.pid, signal.SIGINT)
        (extracted / "cli-imported.go").touch()
    else:
        deadline = time.monotonic() + 60
        while len(_children(proc.pid)) < 4 and time.monotonic() < deadline:
            time.sleep(0.005)
        time.sleep(0.5 if when == "working" else 0)
        os.killpg(proc.pid, signal.SIGINT)
    err = proc.communicate(timeout=120)[1]
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert proc.returncode == 130, err
    assert err.strip().splitlines() == ["chronology: interrupted"]
    assert run_cli(["check"], cwd=extracted).returncode == 0
