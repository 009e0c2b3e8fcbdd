"""The build output: a linked build/ is filled in place, a kill mid-swap never leaves no build/,
leftover temporary folders are cleaned up, and a full disk names the file."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from chronology.errors import ChronologyError
from chronology.site.build import build_site
from chronology.site.writer import MARKER

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    content = tmp_path / "content"
    content.mkdir()
    shutil.copy(REPO / "tests/site/fixtures/seed_events.yaml", content / "events.yaml")
    shutil.copy(REPO / "content/site.yaml", content / "site.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_a_symlinked_build_folder_is_filled_in_place(project):
    shared = project / "www" / "site"
    shared.mkdir(parents=True)
    (project / "build").symlink_to(shared)
    for _ in range(2):  # a new build, then a rebuild over an earlier one
        build_site(project / "content", project / "build")
        assert (project / "build").is_symlink()
        assert (shared / "index.html").is_file() and (shared / MARKER).exists()
        assert _hidden(project) == [] and _hidden(project / "www") == []


def test_a_symlinked_build_folder_pointing_at_the_content_is_refused(project):
    (project / "build").symlink_to(project / "content")
    with pytest.raises(ChronologyError, match="refusing to replace a folder that contains"):
        build_site(project / "content", project / "build")
    assert (project / "content" / "events.yaml").exists()


KILL_BETWEEN_RENAMES = """
import os, sys, pathlib
from chronology.cli import main
renames = []
real_rename, real_path_rename = os.rename, pathlib.Path.rename
def dying(*args):
    renames.append(args)
    if len(renames) == 2:  # killed between moving the old site aside and the new one in
        os._exit(137)
    return real_rename(*args)
os.rename = dying
pathlib.Path.rename = lambda self, target: dying(self, target) and None or pathlib.Path(target)
sys.exit(main(["build"]))
"""


def _child(code: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
                          timeout=120, check=False)


def test_a_kill_at_the_swap_never_leaves_no_build_folder(project):
    build_site(project / "content", project / "build")
    _child(KILL_BETWEEN_RENAMES, project)
    assert (project / "build" / "index.html").is_file()


def test_a_kill_just_before_the_swap_keeps_the_old_site_and_the_next_build_cleans_up(project):
    build_site(project / "content", project / "build")
    before = (project / "build" / "index.html").read_bytes()
    done = _child("import sys\nfrom chronology.cli import main\nsys.exit(main(['build']))",
                  project, {"CHRONOLOGY_CHECKPOINT": "build-swap=kill"})
    assert done.returncode == -9
    assert (project / "build" / "index.html").read_bytes() == before
    assert _hidden(project) != []  # the killed build's temporary folder
    build_site(project / "content", project / "build")
    assert _hidden(project) == []


def test_leftovers_of_dead_builds_are_removed_and_a_running_build_is_left_alone(project):
    build_site(project / "content", project / "build")
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    for name in (f".build.{dead}.abc123.tmp", f".build.{dead}.def456.old", ".build.x1y2z3w4.tmp"):
        (project / name).mkdir()
        (project / name / MARKER).touch()
    old = project / ".build.x1y2z3w4.tmp"
    os.utime(old, (0, 0))  # an earlier version's leftover: no pid, hours old
    running = project / f".build.{os.getppid()}.ghi789.tmp"  # a live process's build
    running.mkdir()
    build_site(project / "content", project / "build")
    assert _hidden(project) == [running.name]


def test_a_full_disk_during_the_build_names_the_file_and_keeps_the_old_site(project, monkeypatch):
    build_site(project / "content", project / "build")
    before = sorted(p.name for p in (project / "build").iterdir())

    def full(self, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", full)
    with pytest.raises(ChronologyError) as info:
        build_site(project / "content", project / "build")
    assert str(info.value).startswith(f"{project / 'build'}/")
    assert str(info.value).endswith(": No space left on device")
    monkeypatch.undo()
    assert sorted(p.name for p in (project / "build").iterdir()) == before
    assert _hidden(project) == []
