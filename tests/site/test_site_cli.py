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


def _project(tmp_path, content_from, monkeypatch, articles: list[str]):
    content = content_from(tmp_path, "precision_events.yaml")
    (content / "articles").mkdir()
    for name in articles:
        (content / "articles" / f"{name}.txt").write_text("Iran and Russia met.\n")
    monkeypatch.chdir(tmp_path)
    return content


def test_build_warns_about_a_source_naming_a_missing_article_like_check(
        tmp_path, content_from, capsys, monkeypatch):
    _project(tmp_path, content_from, monkeypatch, ["b1"])  # the sources cite a1
    assert main(["check"]) == 1
    check_err = capsys.readouterr().err
    assert main(["build"]) == 0  # it still builds: see the README, "chronology build"
    out = capsys.readouterr()
    assert out.out == "built 3 pages, 7 events -> build/index.html\n"
    missing = [line for line in check_err.splitlines() if "no article" in line]
    warned = [line for line in out.err.splitlines() if "no article" in line]
    assert missing and warned == [line.replace(": events[", ": warning: events[", 1)
                                  for line in missing]


def test_build_says_how_many_articles_are_not_extracted_yet(
        tmp_path, content_from, capsys, monkeypatch):
    _project(tmp_path, content_from, monkeypatch, ["a1", "new1", "new2"])
    assert main(["build"]) == 0
    assert capsys.readouterr().err.splitlines()[-1] == (
        "note: 2 articles in content/articles are not in content/events.yaml yet: run "
        "`chronology extract` (or `make extract`) to add them")


def test_build_is_quiet_when_every_article_is_extracted(tmp_path, content_from, capsys,
                                                       monkeypatch):
    _project(tmp_path, content_from, monkeypatch, ["a1"])
    assert main(["build"]) == 0
    err = capsys.readouterr().err  # the fixture's hand-made events without sources are warned
    assert "note:" not in err and "no article" not in err
