"""Writes are atomic: a failure or Ctrl-C mid-write leaves the previous file intact."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from chronology.errors import ChronologyError
from chronology.events import atomic
from chronology.events.atomic import write_atomic
from chronology.events.model import Event, Source
from chronology.events.store import load_events, update_events_file

EVENT = Event(id="e1", date="2015-01-20", title="Deal",
              sources=[Source(article="a1", quote="They signed on Tuesday.")])


def test_write_replaces_and_keeps_a_backup(tmp_path):
    path = tmp_path / "events.yaml"
    path.write_text("old\n")
    write_atomic(path, "new\n")
    assert path.read_text() == "new\n"
    assert (tmp_path / "events.yaml.bak").read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.yaml", "events.yaml.bak"]


def test_permissions_are_kept(tmp_path):
    path = tmp_path / "events.yaml"
    path.write_text("old\n")
    os.chmod(path, 0o600)
    write_atomic(path, "new\n")
    assert path.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(("error", "raised"), [(OSError(28, "No space left on device"),
                                                ChronologyError),
                                               (KeyboardInterrupt(), KeyboardInterrupt)])
def test_failure_mid_write_leaves_the_original(tmp_path, monkeypatch, error, raised):
    path = tmp_path / "events.yaml"
    update_events_file(path, [EVENT], {})
    before = path.read_bytes()
    calls = []

    def failing_fsync(fd):
        calls.append(fd)
        raise error  # the new file, written, not yet swapped in

    monkeypatch.setattr(atomic.os, "fsync", failing_fsync)
    other = Event(id="e2", date="2016", title="Later",
                  sources=[Source(article="a1", quote="Next year.")])
    with pytest.raises(raised) as info:
        update_events_file(path, [EVENT, other], {})
    assert len(calls) == 1
    if raised is ChronologyError:  # one line, with the file, as the README shows
        assert str(info.value) == f"{path}: No space left on device"
    assert path.read_bytes() == before
    assert [e.id for e in load_events(path).events] == ["e1"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.yaml"]


def test_failure_at_rename_leaves_the_original(tmp_path, monkeypatch):
    path = tmp_path / "events.yaml"
    path.write_text("old\n")

    def failing_replace(src, dst):
        raise OSError("rename failed")

    monkeypatch.setattr(atomic.os, "replace", failing_replace)
    with pytest.raises(OSError):
        write_atomic(path, "new\n", backup=False)
    assert path.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["events.yaml"]


def test_no_write_and_no_backup_when_nothing_changes(tmp_path):
    path = tmp_path / "events.yaml"
    update_events_file(path, [EVENT], {})
    stamp = path.stat().st_mtime_ns
    assert not update_events_file(path, [EVENT], {}).written
    assert path.stat().st_mtime_ns == stamp
    assert not (tmp_path / "events.yaml.bak").exists()


WRITER = """
import sys
from pathlib import Path
from chronology.events.atomic import write_atomic
path, texts = Path(sys.argv[1]), ["A" * 2_000_000 + "\\n", "B" * 3_000_000 + "\\n"]
print("ready", flush=True)
i = 0
while True:
    write_atomic(path, texts[i % 2])
    i += 1
"""


@pytest.mark.parametrize("delay", [0.05, 0.2, 0.4])
def test_killing_a_writer_never_leaves_a_partial_file(tmp_path, delay):
    path = tmp_path / "events.yaml"
    path.write_text("A" * 2_000_000 + "\n")
    root = str(Path(__file__).resolve().parents[2])
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE,
                            env={**os.environ, "PYTHONPATH": root})
    assert proc.stdout.readline() == b"ready\n"
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert path.read_text() in ("A" * 2_000_000 + "\n", "B" * 3_000_000 + "\n")


def test_missing_directory_is_created(tmp_path):
    path = tmp_path / "new" / "content" / "events.yaml"
    assert update_events_file(path, [EVENT], {}).written
    assert [e.id for e in load_events(path).events] == ["e1"]
