"""``chronology dates FILE``: human and JSON output (the article reader is stubbed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import chronology.commands.dates as dates_command
from chronology.articles.model import Article
from chronology.cli import main

TEXT = ("Drills planned\n\nMOSCOW, January 22 (Sputnik) – The ministers signed on Tuesday a "
        "deal, the ambassador said Thursday. Ties should stay strong throughout 2015.\n")


@pytest.fixture
def article(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")

    def read_article(p: Path) -> Article:
        text = p.read_text(encoding="utf-8")
        return Article(id=p.stem, path=p, text=text)

    monkeypatch.setattr(dates_command, "read_article", read_article)
    monkeypatch.chdir(tmp_path)  # no content/site.yaml here: no period
    return path


def test_human_output_explains_reference_and_mentions(article, capsys):
    assert main(["dates", str(article)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("reference: 2015-01-22 (dateline")
    tuesday = next(line for line in out if "'Tuesday'" in line)
    assert "2015-01-20" in tuesday and "weekday-past" in tuesday
    assert "Tuesday on or before reference 2015-01-22" in tuesday


def test_json_output_offsets_match_text(article, capsys):
    assert main(["dates", str(article), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["value"] for d in data] == ["2015-01-22", "2015-01-20", "2015-01-22", "2015"]
    for d in data:
        assert TEXT[d["start"] : d["end"]] == d["text"]


def test_reference_option(article, capsys):
    assert main(["dates", str(article), "--reference", "2016-01-22", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[1]["value"] == "2016-01-19"


def test_bad_reference_is_a_one_line_error(article, capsys):
    assert main(["dates", str(article), "--reference", "22/01/2015"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("chronology: error: --reference '22/01/2015' is not a date")
    assert "Traceback" not in err


def test_undated_article_says_so(tmp_path, monkeypatch, capsys):
    path = tmp_path / "b.txt"
    path.write_text("Officials met on Tuesday.", encoding="utf-8")
    monkeypatch.setattr(dates_command, "read_article",
                        lambda p: Article(id="b", path=p, text=p.read_text(encoding="utf-8")))
    monkeypatch.chdir(tmp_path)
    assert main(["dates", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("reference: undated")
    assert "'Tuesday'" not in out


def test_front_matter_date_is_the_reference_not_a_mention(tmp_path, monkeypatch, capsys):
    import datetime as dt

    text = "---\npublished: 2016-11-14\n---\nShoigu arrived in Tehran on Monday.\n"
    path = tmp_path / "c.txt"
    path.write_text(text, encoding="utf-8")
    body = text.index("Shoigu")
    monkeypatch.setattr(dates_command, "read_article", lambda p: Article(
        id="c", path=p, text=text, body_start=body, published=dt.date(2016, 11, 14)))
    monkeypatch.chdir(tmp_path)
    assert main(["dates", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(d["text"], d["value"]) for d in data] == [("Monday", "2016-11-14")]
