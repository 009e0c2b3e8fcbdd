"""``chronology new DIR``: a new chronology that builds at once; a non-empty DIR is refused."""

from __future__ import annotations

import pytest
import yaml

from chronology.cli import main
from chronology.config import load_config
from chronology.events.check import check_file

EXPECTED = {".github/workflows/pages.yml", ".gitignore", "README.md", "requirements.txt",
            "content/site.yaml", "content/events.yaml", "content/articles/.gitkeep"}


def _files(root) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def test_new_writes_the_project_and_builds_at_once(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["new", "iran-china"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == ("next: edit iran-china/content/site.yaml, add articles to "
                       "iran-china/content/articles/, then run `chronology extract` there")
    assert [line.removeprefix("wrote iran-china/") for line in out[:-1]] == sorted(EXPECTED)
    root = tmp_path / "iran-china"
    assert _files(root) == EXPECTED
    assert (root / "content" / "articles").is_dir()
    monkeypatch.chdir(root)
    assert main(["build", "--strict"]) == 0
    assert capsys.readouterr().out == "built 3 pages, 0 events -> build/index.html\n"
    assert (root / "build" / "index.html").is_file()


def test_new_settings_are_valid_and_explain_the_topic(tmp_path):
    assert main(["new", str(tmp_path / "My topic")]) == 0
    settings = tmp_path / "My topic" / "content" / "site.yaml"
    config = load_config(settings)
    assert config.title == "My topic"
    assert set(config.topic.actors) == {"Side A", "Side B"}
    text = settings.read_text(encoding="utf-8")
    for words in ("# The topic decides which dated sentences", "actors: groups of names",
                  "terms: words about the subject"):
        assert words in text
    assert check_file(tmp_path / "My topic" / "content" / "events.yaml") == []


def test_the_workflow_builds_and_publishes_build(tmp_path):
    main(["new", str(tmp_path / "t")])
    workflow = yaml.safe_load((tmp_path / "t" / ".github/workflows/pages.yml").read_text())
    steps = workflow["jobs"]["build"]["steps"]
    assert {"name": "Build the site", "run": "chronology build"} in steps
    assert {"uses": "actions/upload-pages-artifact@v3", "with": {"path": "build"}} in steps
    requirement = (tmp_path / "t" / "requirements.txt").read_text().splitlines()[-1]
    assert requirement.startswith("chronology @ ")


def test_new_accepts_an_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    assert main(["new", str(tmp_path / "empty")]) == 0


@pytest.mark.parametrize("make", ["folder", "file"])
def test_new_refuses_a_non_empty_folder_or_a_file(tmp_path, capsys, make):
    target = tmp_path / "taken"
    if make == "folder":
        target.mkdir()
        (target / "notes.txt").write_text("mine", encoding="utf-8")
    else:
        target.write_text("mine", encoding="utf-8")
    assert main(["new", str(target)]) == 1
    err = capsys.readouterr().err
    reason = ("the folder is not empty" if make == "folder" else "exists and is not a folder")
    assert err == f"chronology: error: {target}: {reason}: choose a new or empty folder\n"
    assert (target / "notes.txt").read_text() == "mine" if make == "folder" else target.read_text() == "mine"


def test_the_docstring_example_runs():
    import doctest

    import chronology.scaffold
    result = doctest.testmod(chronology.scaffold)
    assert result.attempted > 0 and result.failed == 0


def test_new_then_import_then_build(tmp_path, capsys, monkeypatch):
    main(["new", str(tmp_path / "p")])
    monkeypatch.chdir(tmp_path / "p")
    (tmp_path / "p" / "sheet.csv").write_text("date,title,tags\n2021-03-04,Talks open,talks\n",
                                              encoding="utf-8")
    assert main(["import", "sheet.csv"]) == 0
    assert main(["build"]) == 0
    assert "Talks open" in (tmp_path / "p" / "build" / "index.html").read_text(encoding="utf-8")
    assert capsys.readouterr().err.endswith(
        "content/events.yaml:7:5: warning: events[0]: no sources (cite at least one article)\n")
