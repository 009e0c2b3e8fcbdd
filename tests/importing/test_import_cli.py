"""``chronology import``: merged like extract (hand edits kept, deletions remembered), and bad
rows reported all at once as file:line, with nothing written."""

from __future__ import annotations

import json

import pytest

from chronology.cli import main
from chronology.events.store import load_events

CSV = "id,date,end_date,title,summary,tags\n" \
      "e1,2015-01-20,,Deal signed,<p><strong>Big</strong> deal</p>,agreement; visit\n" \
      "e2,2016,2017-03,Talks,Plain *Markdown* text,talks\n"


@pytest.fixture
def csv_file(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def test_import_creates_the_events_file(tmp_path, csv_file, capsys):
    target = tmp_path / "content" / "events.yaml"
    assert main(["import", str(csv_file), "-o", str(target)]) == 0
    assert capsys.readouterr().err == "events: 2 added, 0 updated with new sources, 0 kept, 0 rejected, 0 deleted\n"
    events = load_events(target).events
    assert [(e.id, e.date, e.end_date, e.title, e.summary, e.tags) for e in events] == [
        ("e1", "2015-01-20", None, "Deal signed", "**Big** deal", ["agreement", "visit"]),
        ("e2", "2016", "2017-03", "Talks", "Plain *Markdown* text", ["talks"]),
    ]


def test_import_again_keeps_hand_edits_and_comments(tmp_path, csv_file, capsys):
    target = tmp_path / "events.yaml"
    main(["import", str(csv_file), "-o", str(target)])
    text = target.read_text(encoding="utf-8").replace("title: Deal signed",
                                                      "title: Deal signed in Tehran  # checked")
    target.write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(csv_file), "-o", str(target)]) == 0
    assert capsys.readouterr().err == "events: 0 added, 0 updated with new sources, 2 kept, 0 rejected, 0 deleted\n"
    assert target.read_text(encoding="utf-8") == text


def test_an_event_deleted_by_hand_is_not_imported_again(tmp_path, csv_file, capsys):
    target = tmp_path / "events.yaml"
    main(["import", str(csv_file), "-o", str(target)])
    text = target.read_text(encoding="utf-8")
    start = text.index("  - id: e2")
    end = text.index("\n", text.index("    - talks", start)) + 1
    target.write_text(text[:start] + text[end:], encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(csv_file), "-o", str(target)]) == 0
    assert capsys.readouterr().err == "events: 0 added, 0 updated with new sources, 1 kept, 0 rejected, 1 deleted\n"
    assert [e.id for e in load_events(target).events] == ["e1"]


def test_every_bad_row_is_listed_and_nothing_is_written(tmp_path, capsys):
    source = tmp_path / "bad.csv"
    source.write_text("date,title,end_date,approximate,id\n"
                      "2015-02-30,Impossible day,,,a\n"
                      "Febuary 3,Not a date,,,b\n"
                      '2016,"A title on\ntwo lines",2015,,c\n'
                      "2017,,,,d\n"
                      "2018,Fine,,maybe,a\n", encoding="utf-8")
    target = tmp_path / "events.yaml"
    assert main(["import", str(source), "-o", str(target)]) == 1
    assert capsys.readouterr().err == (
        f"chronology: error: {source}:2: date: '2015-02-30' does not exist\n"
        f"{source}:3: date: 'Febuary 3' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)\n"
        f"{source}:4: end_date: '2015' is before date '2016'\n"
        f"{source}:6: title: empty (every event needs a title)\n"
        f"{source}:7: approximate: 'maybe' is not true or false\n"
        f"{source}:7: id: duplicate id 'a' (first used at {source}:2)\n")
    assert not target.exists()


def test_bad_rows_leave_an_existing_file_untouched(tmp_path, csv_file, capsys):
    target = tmp_path / "events.yaml"
    main(["import", str(csv_file), "-o", str(target)])
    before = target.read_bytes()
    bad = tmp_path / "bad.csv"
    bad.write_text("date,title\n2019,New\n2019-13,Bad month\n", encoding="utf-8")
    assert main(["import", str(bad), "-o", str(target)]) == 1
    assert capsys.readouterr().err.endswith(f"{bad}:3: date: '2019-13' does not exist\n")
    assert target.read_bytes() == before


def test_json_rows_are_placed_by_line_and_column(tmp_path, capsys):
    source = tmp_path / "t.json"
    source.write_text(json.dumps({"events": [
        {"start_date": {"year": "2015", "month": "1"}, "text": {"headline": "Good"}},
        {"start_date": {"year": "2015", "month": "14"}, "text": {"headline": "Bad month"}},
        {"text": {"headline": "No date"}},
    ]}, indent=1), encoding="utf-8")
    assert main(["import", str(source), "-o", str(tmp_path / "e.yaml")]) == 1
    assert capsys.readouterr().err == (
        f"chronology: error: {source}:12:3: date: '2015-14' does not exist\n"
        f"{source}:21:3: events[2].start_date: expected an object with a year\n")


@pytest.mark.parametrize(("name", "data", "message"), [
    ("t.json", b'{"events": [\n  {"start_date": }\n]}', "t.json:2:18: invalid JSON: Expecting value"),
    ("t.json", b'[1, 2]', 't.json:1:1: not a TimelineJS file: expected an object with an "events" list'),
    ("t.csv", b"date,titel\n2015,x\n", "t.csv:1: missing column 'title' (a CSV needs at least date "
                                       "and title)\nt.csv:1:6: unknown column 'titel' (did you mean 'title'?)"),
    ("t.csv", b"", "t.csv:1: empty CSV file: expected a header row"),
    ("t.csv", b"date,title\n2015,a\x00b\n", "t.csv: binary file (NUL bytes): not a file to import"),
    ("t.csv", b"date,title\n2015,\"" + b"x" * 200_000 + b"\"\n",
     "t.csv:2: invalid CSV: field larger than field limit (131072)"),
    ("t.json", b"[" * 100_000 + b"]" * 100_000, "t.json: invalid JSON: nested too deeply for a timeline"),
    ("t.csv", b"date,title\n2015,\xff\n", "t.csv: not UTF-8 text (byte 16)"),
    ("t.xlsx", b"PK", "t.xlsx: unknown format '.xlsx': expected .json (TimelineJS) or .csv "
                      "(TimelineJS spreadsheet or plain CSV)"),
])
def test_file_errors_are_one_line_each(tmp_path, capsys, monkeypatch, name, data, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_bytes(data)
    assert main(["import", name, "-o", "events.yaml"]) == 1
    assert capsys.readouterr().err == f"chronology: error: {message}\n"
    assert not (tmp_path / "events.yaml").exists()


def test_a_missing_file_is_one_line(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["import", "nope.csv"]) == 1
    assert capsys.readouterr().err == "chronology: error: nope.csv: no such file\n"


def test_timelinejs_csv_rows_skip_the_title_slide_and_undo_formula_guards(tmp_path, capsys):
    source = tmp_path / "tl.csv"
    source.write_text(
        "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,"
        "Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n"
        ",,,,,,,,,My timeline,About it,,,,,title,,\n"
        "2015,1,20,,,,,,c. 20 January 2015,'=Formula-looking title,<p>Text</p>,,,,,,visit,\n",
        encoding="utf-8")
    target = tmp_path / "e.yaml"
    assert main(["import", str(source), "-o", str(target)]) == 0
    [event] = load_events(target).events
    assert (event.id, event.date, event.title, event.summary, event.tags, event.approximate) == (
        "2015-01-20-formula-looking-title", "2015-01-20", "=Formula-looking title", "Text",
        ["visit"], True)


def test_the_docstring_examples_run():
    import doctest

    import chronology.importing
    import chronology.importing.html2md
    for module in (chronology.importing, chronology.importing.html2md):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0


def test_timelinejs_headlines_are_html_so_entities_are_decoded(tmp_path):
    source = tmp_path / "t.json"
    source.write_text(json.dumps({"events": [{"start_date": {"year": 2015}, "text": {
        "headline": "Arms &amp; drones: &lt;b&gt;deal&lt;/b&gt;"}}]}), encoding="utf-8")
    target = tmp_path / "e.yaml"
    assert main(["import", str(source), "-o", str(target)]) == 0
    assert load_events(target).events[0].title == "Arms & drones: <b>deal</b>"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_utf8_with_or_without_bom_and_utf16_with_bom_are_read(tmp_path, encoding):
    source = tmp_path / "in.csv"
    source.write_bytes("date,title\n2015,Téhéran talks\n".encode(encoding))
    assert main(["import", str(source), "-o", str(tmp_path / "e.yaml")]) == 0
    assert load_events(tmp_path / "e.yaml").events[0].title == "Téhéran talks"
