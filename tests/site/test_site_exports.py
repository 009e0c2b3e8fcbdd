"""The exports: TimelineJS JSON and CSV, plain CSV, Atom and iCalendar, read back and checked."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from chronology.config import load_config
from chronology.events.store import load_events
from chronology.site import exports
from chronology.site.build import build_site
from chronology.site.context import gather

ATOM = "{http://www.w3.org/2005/Atom}"
FIXTURES = Path(__file__).parent / "fixtures"
SETTINGS = Path(__file__).resolve().parents[2] / "content" / "site.yaml"


@pytest.fixture(scope="module", params=["seed_events.yaml", "precision_events.yaml", "hostile_events.yaml"])
def ctx(request):
    return gather(load_events(FIXTURES / request.param), load_config(SETTINGS))


def test_timelinejs_json_has_a_title_and_one_slide_per_event(ctx):
    data = json.loads(exports.timelinejs_json(ctx))
    assert data["title"]["text"]["headline"] == exports.xml_escape(ctx.config.title)
    events = exports.all_events(ctx)
    assert [e["unique_id"] for e in data["events"]] == [e.anchor for e in events]
    for slide, view in zip(data["events"], events, strict=True):
        assert slide["start_date"]["year"] == view.date[:4]
        assert ("day" in slide["start_date"]) == (view.precision == "day")
        assert ("month" in slide["start_date"]) == (view.precision in ("day", "month"))
        assert slide["text"]["headline"] == exports.xml_escape(view.title)  # shown as HTML
        assert ("end_date" in slide) == bool(view.end_date)


def test_timelinejs_csv_has_the_template_columns(ctx):
    rows = list(csv.reader(io.StringIO(exports.timelinejs_csv(ctx))))
    assert tuple(rows[0]) == exports.TIMELINEJS_COLUMNS
    assert rows[1][exports.TIMELINEJS_COLUMNS.index("Type")] == "title"
    assert len(rows) == 2 + len(exports.all_events(ctx))
    headlines = [r[exports.TIMELINEJS_COLUMNS.index("Headline")] for r in rows[2:]]
    assert headlines == [exports.xml_escape(e.title) for e in exports.all_events(ctx)]


def test_events_csv_round_trips_every_event(ctx):
    rows = list(csv.DictReader(io.StringIO(exports.events_csv(ctx))))
    assert [r["id"] for r in rows] == [e.id for e in exports.all_events(ctx)]
    assert all(r["permalink"].startswith(("index.html#", "20")) for r in rows)


def test_atom_feed_parses_and_updated_comes_from_the_data(ctx):
    root = ET.fromstring(exports.atom_feed(ctx).encode("utf-8"))
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == len(exports.all_events(ctx))
    assert root.find(f"{ATOM}updated").text == exports.latest_date(ctx) + "T00:00:00Z"
    ids = [e.find(f"{ATOM}id").text for e in entries]
    assert len(set(ids)) == len(ids) and all(i.startswith("urn:uuid:") for i in ids)


def test_icalendar_is_all_day_at_each_precision_with_crlf_and_folding(ctx):
    text = exports.icalendar(ctx)
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    lines = text.split("\r\n")[:-1]
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert "\n" not in text.replace("\r\n", "")
    starts = [line.split(":")[1] for line in lines if line.startswith("DTSTART;VALUE=DATE:")]
    ends = [line.split(":")[1] for line in lines if line.startswith("DTEND;VALUE=DATE:")]
    assert len(starts) == len(ends) == len(exports.all_events(ctx))
    for view, start, end in zip(exports.all_events(ctx), starts, ends, strict=True):
        assert start < end
        if view.precision == "year" and not view.end_date:
            assert (start[4:], end) == ("0101", f"{int(start[:4]) + 1}0101")


@pytest.mark.parametrize(("value", "start", "end"), [
    ("2016-02", "20160201", "20160301"),
    ("2016-12", "20161201", "20170101"),
    ("2016-02-28", "20160228", "20160229"),
    ("2016", "20160101", "20170101"),
])
def test_icalendar_spans(tmp_path, value, start, end):
    content = tmp_path / "content"
    content.mkdir()
    (content / "events.yaml").write_text(
        f'events: [{{id: x, date: "{value}", title: T, sources: []}}]\n', encoding="utf-8")
    build_site(content, tmp_path / "build")
    ics = (tmp_path / "build" / "events.ics").read_bytes().decode("utf-8")
    assert f"DTSTART;VALUE=DATE:{start}\r\nDTEND;VALUE=DATE:{end}\r\n" in ics


@pytest.mark.parametrize("line", [
    "SUMMARY:" + "a" * 200,
    "SUMMARY:" + "ж" * 100,
    "SUMMARY:" + "“quoted” – " * 20,
    "DESCRIPTION:" + "😀" * 40,
    "SHORT:ok",
])
def test_folding_keeps_lines_short_and_characters_whole(line):
    folded = exports._fold(line)
    parts = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert all(p.startswith(" ") for p in parts[1:])
    assert "".join([parts[0]] + [p[1:] for p in parts[1:]]) == line


@pytest.mark.parametrize("payload", ['=HYPERLINK("http://evil.example","x")', "+1+1", "-2+3",
                                     "@SUM(A1)", "\tcmd"])
def test_csv_cells_never_start_a_spreadsheet_formula(tmp_path, payload):
    content = tmp_path / "content"
    content.mkdir()
    (content / "events.yaml").write_text(
        "version: 1\nevents:\n  - id: e1\n    date: 2016-03-01\n"
        f"    title: {json.dumps(payload)}\n    summary: {json.dumps(payload)}\n"
        f"    tags: [{json.dumps(payload)}]\n", encoding="utf-8")
    build_site(content, tmp_path / "build")
    for name in ("events.csv", "timelinejs.csv"):
        rows = list(csv.reader(io.StringIO((tmp_path / "build" / name).read_text(encoding="utf-8"))))
        cells = [cell for row in rows for cell in row]
        assert "'" + payload in cells, name
        assert all(not c.startswith(("=", "+", "@", "\t")) for c in cells), name
