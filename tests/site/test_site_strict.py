"""``chronology build --strict``: warnings become errors, every one listed, nothing built."""

from __future__ import annotations

from chronology.cli import main

NO_SOURCES = """\
version: 1
events:
  - id: e1
    date: 2015-01-20
    title: A deal is signed
  - id: e2
    date: 2016
    title: Talks
    sources:
      - article: a9
        quote: They talked in 2016.
"""


def _content(tmp_path, text: str = NO_SOURCES):
    content = tmp_path / "content"
    content.mkdir()
    (content / "events.yaml").write_text(text, encoding="utf-8")
    return content


def test_build_prints_warnings_and_still_builds(tmp_path, capsys, monkeypatch):
    _content(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main(["build", "-o", "site"]) == 0
    out = capsys.readouterr()
    assert out.err == (
        "content/events.yaml:3:5: warning: events[0]: no sources (cite at least one article)\n"
        "content/events.yaml:10:18: warning: events[1].sources[0].article: article 'a9' has no "
        "entry under 'articles'\n")
    assert (tmp_path / "site" / "index.html").is_file()


def test_strict_lists_every_warning_and_builds_nothing(tmp_path, capsys, monkeypatch):
    _content(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main(["build", "-o", "site", "--strict"]) == 1
    assert capsys.readouterr().err == (
        "chronology: error: content/events.yaml:3:5: warning: events[0]: no sources (cite at "
        "least one article)\n"
        "content/events.yaml:10:18: warning: events[1].sources[0].article: article 'a9' has no "
        "entry under 'articles'\n"
        "content/events.yaml: 2 warning(s) treated as errors (--strict): nothing was built\n")
    assert not (tmp_path / "site").exists()


def test_strict_passes_a_clean_file(tmp_path, capsys, monkeypatch):
    _content(tmp_path, NO_SOURCES.split("  - id: e2")[0].replace(
        "title: A deal is signed", "title: A deal is signed\n    status: rejected"))
    monkeypatch.chdir(tmp_path)
    assert main(["build", "-o", "site", "--strict"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert captured.out == "built 3 pages, 0 events -> site/index.html\n"
