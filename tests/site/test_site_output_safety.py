"""A build never deletes what it did not write, and template failures are reported with a place."""

from __future__ import annotations

import os
import shutil
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
