"""Every export escapes for its own format, whatever the text: validated by each format's reader.

The events file refuses control characters (``check``), and articles are normalised when read;
these tests hand the exports hostile text directly, so the exports hold on their own too.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import xml.etree.ElementTree as ET

import pytest

from chronology.config import SiteConfig
from chronology.events.model import ArticleInfo, Event, EventsFile, Source
from chronology.site import exports
from chronology.site.context import gather

ATOM = "{http://www.w3.org/2005/Atom}"
HOSTILE = [
    "Plain title",
    "Carriage\rreturn\r\nBEGIN:VEVENT\rSUMMARY:injected",
    "Vertical\vtab and form\ffeed and bell\a and escape\x1b and NEL\x85 and LS\u2028",
    "<b>markup</b> & \"quotes\" 'single' ; semicolon, comma \\ backslash",
    "Line\nbreak",
    "ж" * 60 + "😀" * 30,
    "=HYPERLINK(\"http://evil.example\")",
    "x" * 300,
]
UNSAFE_FOR_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _context(title: str) -> object:
    event = Event(id="e1", date="2016-03-01", title=title, summary=title, tags=[title],
                  actors=[title], places=[title],
                  sources=[Source(article="a1", quote=f"{title} on Tuesday", date_text="on Tuesday",
                                  reported="2016-03-02")])
    articles = {"a1": ArticleInfo(id="a1", title=title, publisher=title, reported="2016-03-02")}
    config = SiteConfig(title=title, description=title, base_url="https://example.org/site")
    return gather(EventsFile(events=[event], articles=articles), config)


@pytest.fixture(params=HOSTILE, ids=range(len(HOSTILE)))
def hostile(request):
    return request.param, _context(request.param)


def test_atom_feed_is_well_formed_xml_and_keeps_the_text(hostile):
    title, ctx = hostile
    feed = exports.atom_feed(ctx)
    assert not UNSAFE_FOR_XML.search(feed)
    root = ET.fromstring(feed.encode("utf-8"))  # raises on anything not well-formed
    entry_title = root.find(f"{ATOM}entry/{ATOM}title").text
    # XML parsers read CR as a newline; what XML cannot hold at all is replaced by U+FFFD.
    expected = UNSAFE_FOR_XML.sub("\ufffd", title).replace("\r\n", "\n").replace("\r", "\n")
    assert entry_title == f"{ctx.main_events[0].label}: {expected}"


def _ics_lines(text: str) -> list[str]:
    """RFC 5545 3.1: CRLF only, lines of at most 75 octets, continuation lines start with a
    space; returns the unfolded content lines."""
    assert text.endswith("\r\n")
    physical = text[:-2].split("\r\n")
    for line in physical:
        assert "\r" not in line and "\n" not in line
        assert len(line.encode("utf-8")) <= 75
        assert not re.search("[\x00-\x08\x0a-\x1f\x7f]", line), repr(line)
    logical: list[str] = []
    for line in physical:
        if line.startswith(" "):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    return logical


def _ics_unescape(value: str) -> str:
    assert not re.search(r"(?<!\\)(?:\\\\)*[;,]", value), value  # ; and , always escaped
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def test_icalendar_lines_follow_rfc_5545_and_cannot_be_injected(hostile):
    title, ctx = hostile
    lines = _ics_lines(exports.icalendar(ctx))
    names = [line.split(":", 1)[0].split(";", 1)[0] for line in lines]
    assert names.count("BEGIN") == 2 and names.count("SUMMARY") == 1  # nothing injected
    assert set(names) <= {"BEGIN", "END", "VERSION", "PRODID", "CALSCALE", "X-WR-CALNAME", "UID",
                          "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "URL"}
    summary = next(line for line in lines if line.startswith("SUMMARY:"))
    text = _ics_unescape(summary[len("SUMMARY:"):])
    if not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]", title):
        assert text == title


def test_timelinejs_headlines_are_escaped_like_the_text_beside_them(hostile):
    raw, ctx = hostile
    title = UNSAFE_FOR_XML.sub("\ufffd", raw)  # HTML cannot show these either
    data = json.loads(exports.timelinejs_json(ctx))
    slide = data["events"][0]["text"]
    assert "<" not in slide["headline"] and html.unescape(slide["headline"]) == title
    assert "<" not in data["title"]["text"]["headline"]
    assert html.unescape(data["title"]["text"]["headline"]) == title
    assert html.unescape(data["title"]["text"]["text"]) == title
    rows = list(csv.reader(io.StringIO(exports.timelinejs_csv(ctx))))
    column = exports.TIMELINEJS_COLUMNS.index("Headline")
    for row in rows[1:]:
        assert "<" not in row[column]
        assert html.unescape(row[column].removeprefix("'")) == title


def test_csv_reads_back_one_row_per_event_with_the_text(hostile):
    title, ctx = hostile
    rows = list(csv.DictReader(io.StringIO(exports.events_csv(ctx), newline="")))
    assert len(rows) == 1
    assert rows[0]["title"].removeprefix("'") == title


def test_search_index_script_cannot_end_its_script_or_string():
    ctx = _context("</script><script>alert(1)</script>\u2028\u2029")
    ctx.split = True
    script = exports.search_index_js(ctx)
    assert "</script" not in script.lower()
    assert "\u2028" not in script and "\u2029" not in script
    data = json.loads(script.removeprefix("window.chronologyIndex=").rstrip(";\n"))
    assert data[0][2].startswith("</script>")
