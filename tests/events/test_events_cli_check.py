"""``chronology check``: exit codes, errors then warnings, ``--strict``, ``--articles``."""

from __future__ import annotations

import pytest

from chronology.cli import main

GOOD = ("version: 1\narticles:\n  a1:\n    title: One\nevents:\n  - id: e1\n    date: 2015\n"
        "    title: T\n    sources:\n      - article: a1\n        quote: Q.\n")
NO_SOURCE = "version: 1\nevents:\n  - id: e1\n    date: 2015\n    title: T\n"
BROKEN = "events:\n  - id: e1\n    date: 2015-02-30\n    title: ''\n"


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "content" / "articles").mkdir(parents=True)
    (tmp_path / "content" / "articles" / "a1.txt").write_text("An article.\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(capsys, *argv):
    code = main(["check", *argv])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err.splitlines()


def test_good_file_passes(project, capsys):
    (project / "content" / "events.yaml").write_text(GOOD)
    assert run(capsys) == (0, ["content/events.yaml: ok (0 warning(s))"], [])


def test_broken_file_lists_every_error(project, capsys):
    (project / "content" / "events.yaml").write_text(BROKEN)
    code, out, err = run(capsys)
    assert code == 1 and out == []
    assert err == [
        "content/events.yaml:3:11: events[0].date: '2015-02-30' is not a real date "
        "(February 2015 has 28 days)",
        "content/events.yaml:4:12: events[0].title: must not be empty",
        "warnings:",
        "content/events.yaml:2:5: warning: events[0]: no sources (cite at least one article)",
        "content/events.yaml: 2 error(s), 1 warning(s)",
    ]


def test_warnings_pass_unless_strict(project, capsys):
    (project / "content" / "events.yaml").write_text(NO_SOURCE)
    assert run(capsys)[0] == 0
    code, _, err = run(capsys, "--strict")
    assert code == 1
    assert err[-1] == "content/events.yaml: 1 error(s), 0 warning(s)"


def test_missing_article_is_an_error(project, capsys):
    path = project / "elsewhere.yaml"
    path.write_text(GOOD.replace("article: a1", "article: a1x"))
    code, _, err = run(capsys, str(path), "--articles", "content/articles")
    assert code == 1
    assert err[0] == (f"{path}:10:18: events[0].sources[0].article: no article 'a1x' in "
                      "content/articles (did you mean 'a1'?)")


def test_missing_file(project, capsys):
    assert run(capsys, "nope.yaml") == (
        1, [], ["nope.yaml: events file not found", "nope.yaml: 1 error(s), 0 warning(s)"])


def test_output_is_deterministic(project, capsys):
    (project / "content" / "events.yaml").write_text(BROKEN + BROKEN.replace("events:\n", ""))
    assert run(capsys) == run(capsys)


def test_articles_in_subfolders_count_as_existing(tmp_path):
    from chronology.events.check import check_file

    (tmp_path / "articles" / "2015").mkdir(parents=True)
    (tmp_path / "articles" / "2015" / "a1.txt").write_text("text", encoding="utf-8")
    events = tmp_path / "events.yaml"
    events.write_text("version: 1\narticles:\n  a1: {title: A}\nevents:\n  - id: e1\n"
                      "    date: 2015\n    title: T\n    sources:\n      - article: a1\n"
                      "        quote: Q.\n", encoding="utf-8")
    assert check_file(events, tmp_path / "articles") == []


def test_a_folder_is_not_an_events_file(tmp_path):
    from chronology.events.check import check_file

    (problem,) = check_file(tmp_path)
    assert problem.message == "not a regular file: expected an events YAML file"
