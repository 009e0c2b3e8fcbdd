"""A build never deletes what it did not write, and template failures are reported with a place.

The output may be a link (filled in place), a kill at the swap never leaves no build/, leftover
temporary folders are cleaned up, and a full disk names the file."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from chronology.cli import main
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
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("output", [".", "", "content", ".."])
def test_output_containing_the_work_or_the_content_is_refused(project, output, capsys):
    before = sorted(os.listdir(project))
    assert main(["build", "-o", output]) == 1
    err = capsys.readouterr().err
    assert "refusing to replace a folder that contains" in err
    assert sorted(os.listdir(project)) == before
    assert (project / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_a_folder_that_is_not_an_earlier_build_is_refused(project, capsys):
    docs = project / "docs"
    docs.mkdir()
    (docs / "thesis.md").write_text("years of work", encoding="utf-8")
    assert main(["build", "-o", "docs"]) == 1
    assert f"no {MARKER} file in it" in capsys.readouterr().err
    assert (docs / "thesis.md").read_text(encoding="utf-8") == "years of work"


def test_an_earlier_build_and_an_empty_folder_are_replaced(project):
    (project / "empty").mkdir()
    assert main(["build", "-o", "empty"]) == 0
    assert main(["build", "-o", "empty"]) == 0
    assert (project / "empty" / MARKER).exists()
    assert (project / "empty" / "index.html").exists()


def test_the_templates_folder_is_never_the_output(project):
    theme = project / "theme"
    theme.mkdir()
    with pytest.raises(ChronologyError, match="contains"):
        build_site(project / "content", theme, user_templates=theme)


@pytest.mark.parametrize(
    ("template", "words"),
    [
        ("{% extends 'default:base.html' %}{% block main %}{{ 1 / 0 }}{% endblock %}",
         "ZeroDivisionError"),
        ("{% extends 'default:base.html' %}{% block main %}{{ none_such.x }}{% endblock %}",
         "template error"),
    ],
)
def test_template_failures_at_run_time_name_the_template(project, template, words, capsys):
    theme = project / "theme"
    theme.mkdir()
    (theme / "timeline.html").write_text(template, encoding="utf-8")
    assert main(["build", "--templates", "theme"]) == 1
    err = capsys.readouterr().err
    assert words in err
    assert "Traceback" not in err
    assert not (project / "build").exists()


def test_a_template_that_is_not_utf8_is_reported(project, capsys):
    theme = project / "theme"
    theme.mkdir()
    (theme / "timeline.html").write_bytes(b"\xff\xfe\x00broken")
    assert main(["build", "--templates", "theme"]) == 1
    err = capsys.readouterr().err
    assert "template error" in err and "Traceback" not in err


@pytest.mark.parametrize("port", ["99999", "-1", "http"])
def test_serve_rejects_ports_that_do_not_exist(port, capsys):
    with pytest.raises(SystemExit) as info:
        main(["serve", "--port", port])
    assert info.value.code == 2
    assert "is not a port number (0 to 65535)" in capsys.readouterr().err


# The output as a link, a kill at the swap, leftovers, a full disk.


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
