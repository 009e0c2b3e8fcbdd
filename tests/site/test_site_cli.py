"""``chronology build`` from the command line: exact output, and user errors without tracebacks."""

from __future__ import annotations

import pytest

from chronology.cli import main


def test_build_prints_what_it_wrote(tmp_path, content_from, capsys, monkeypatch):
    content_from(tmp_path, "precision_events.yaml")
    monkeypatch.chdir(tmp_path)
    assert main(["build", "-o", "site"]) == 0
    assert capsys.readouterr().out == "built 3 pages, 7 events -> site/index.html\n"
    assert (tmp_path / "site" / "index.html").is_file()


@pytest.mark.parametrize(("args", "message"), [
    (["build", "--content", "nowhere"], "chronology: error: nowhere/events.yaml: no events file: "
                                        "run `chronology extract` first\n"),
    (["build", "--templates", "missing"], "chronology: error: missing: templates folder not found\n"),
])
def test_build_errors_are_one_line(tmp_path, content_from, capsys, monkeypatch, args, message):
    content_from(tmp_path, "precision_events.yaml")
    monkeypatch.chdir(tmp_path)
    assert main(args) == 1
    assert capsys.readouterr().err == message
