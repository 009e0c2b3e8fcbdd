"""``chronology dates FILE``: human and JSON output (the article reader is stubbed)."""

from __future__ import annotations

import json
import subprocess
import sys
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


@pytest.mark.parametrize(("top", "listed"), [
    # a headline's date in digits, the page's own date read day first from it
    ("Navy takes delivery of a frigate - 04/06/2023\n\n", "2023-06-04"),
    # ... or from the publication line under it: the site writes its dates one way
    ("Navy takes delivery of a frigate - 04/06/2023\n\nPublished: 04.06.2023, 10:15\n\n",
     "2023-06-04"),
])
def test_a_numeric_date_is_listed_in_the_order_the_pages_own_date_was_read(
        tmp_path, monkeypatch, capsys, top, listed):
    path = tmp_path / "c.txt"
    path.write_text(top + "The navy received the frigate on Sunday, the ministry said.\n",
                    encoding="utf-8")
    monkeypatch.setattr(dates_command, "read_article",
                        lambda p: Article(id="c", path=p, text=p.read_text(encoding="utf-8")))
    monkeypatch.chdir(tmp_path)
    assert main(["dates", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("reference: 2023-06-04")
    headline = next(line for line in out if "\t'04/06/2023'\t" in line)
    assert headline.split("\t")[2] == listed


@pytest.mark.parametrize("as_json", [False, True])
def test_only_the_pages_own_date_is_listed_in_its_order(tmp_path, monkeypatch, capsys,
                                                        as_json):
    # a numeric date in the body keeps the engine's value, the one extract dates events by
    path = tmp_path / "d.txt"
    path.write_text("Navy takes delivery of a frigate - 04/06/2023\n\nThe navy received the "
                    "frigate on Sunday, the ministry said. The contract was signed on "
                    "03/05/2022.\n", encoding="utf-8")
    monkeypatch.setattr(dates_command, "read_article",
                        lambda p: Article(id="d", path=p, text=p.read_text(encoding="utf-8")))
    monkeypatch.chdir(tmp_path)
    assert main(["dates", str(path), *(["--json"] if as_json else [])]) == 0
    out = capsys.readouterr().out
    if as_json:
        values = {m["text"]: m["value"] for m in json.loads(out)}
        assert values["03/05/2022"] == "2022-03-05"
        return
    body = next(line for line in out.splitlines() if "\t'03/05/2022'\t" in line)
    assert body.split("\t")[2] == "2022-03-05"


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


# --- several files in one call ---------------------------------------------------------

OTHER = ("Talks in Tehran\n\nTEHRAN, March 3 (IRNA) – The ministers met on Monday and agreed "
         "to meet again in April 2016.\n")


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """Three articles, one in a sub-folder, with the real reader."""
    monkeypatch.chdir(tmp_path)  # no content/site.yaml here: no period
    root = tmp_path / "news"
    (root / "more").mkdir(parents=True)
    (root / "a.txt").write_text(TEXT, encoding="utf-8")
    (root / "more" / "b.txt").write_text(OTHER, encoding="utf-8")
    (root / "c.md").write_text("---\npublished: 2016-11-14\n---\nShoigu arrived on Monday.\n",
                               encoding="utf-8")
    return root


def _json_alone(path: Path, capsys) -> list[dict]:
    assert main(["dates", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def test_several_files_and_a_folder_give_the_mentions_of_separate_calls(folder, capsys):
    files = [folder / "a.txt", folder / "more" / "b.txt", folder / "c.md"]
    alone = [{"file": str(p), **m} for p in files for m in _json_alone(p, capsys)]
    assert len({m["file"] for m in alone}) == 3  # every file has mentions
    assert main(["dates", *map(str, files), "--json"]) == 0
    assert _lines(capsys.readouterr().out) == alone
    assert main(["dates", str(folder), "--json"]) == 0  # a folder: recursively, sorted by id
    assert _lines(capsys.readouterr().out) == alone


def test_plain_output_has_a_header_and_the_single_file_report_per_file(folder, capsys):
    files = [folder / "a.txt", folder / "c.md"]
    reports = []
    for path in files:
        assert main(["dates", str(path)]) == 0
        reports.append(capsys.readouterr().out)
    assert main(["dates", *map(str, files)]) == 0
    out = capsys.readouterr().out
    assert out == "".join(f"==> {p} <==\n{r}\n" for p, r in zip(files, reports, strict=True))


def test_a_bad_file_in_the_middle_is_one_line_and_the_others_still_print(folder, capsys):
    bad = folder / "b0.txt"
    bad.write_bytes(b"\x00\x01 not text")
    files = [folder / "a.txt", bad, folder / "missing.txt", folder / "c.md"]
    assert main(["dates", *map(str, files), "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        f"{bad}: binary file (NUL bytes): not an article",
        f"{folder / 'missing.txt'}: cannot read: No such file or directory"]
    assert [m["file"] for m in _lines(captured.out)] == (
        [str(files[0])] * 4 + [str(files[3])])
    assert main(["dates", str(folder)]) == 1  # the same in a folder, plain output
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [f"{bad}: binary file (NUL bytes): not an article"]
    assert captured.out.count("==> ") == 3


def test_dates_imports_neither_the_site_nor_the_extractor():
    code = ("import sys; from chronology.cli import build_parser; "
            "build_parser(['dates', 'x']); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('jinja2', 'ruamel', 'markdown', 'dateparser') or m.startswith("
            "('chronology.extraction', 'chronology.site', 'chronology.events'))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"
