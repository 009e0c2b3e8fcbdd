"""Data exports written beside the pages: TimelineJS JSON and CSV, plain CSV, Atom, iCalendar.

Every export is a pure function of the view models, so the output is deterministic; the only
dates in it come from the data (Atom ``updated`` is the latest event or reported date).
"""

from __future__ import annotations

import csv
import io
import json
import uuid
from xml.sax.saxutils import escape as _escape

from chronology import controls
from chronology.languages import fold
from chronology.site.context import EventView, SiteContext
from chronology.spans import day_after, first_day, parts

TIMELINEJS_COLUMNS = ("Year", "Month", "Day", "Time", "End Year", "End Month", "End Day",
                      "End Time", "Display Date", "Headline", "Text", "Media", "Media Credit",
                      "Media Caption", "Media Thumbnail", "Type", "Group", "Background")
EVENTS_COLUMNS = ("id", "date", "end_date", "approximate", "title", "summary", "tags", "actors",
                  "places", "context", "conflicting_dates", "sources", "permalink")
ID_NAMESPACE = uuid.UUID("9b1c3c1e-4f56-4d1a-9d5e-6f0a3f2a7c11")


def xml_escape(text: str) -> str:
    """Text for XML or HTML: escaped, and what XML 1.0 cannot hold at all replaced."""
    return _escape(controls.xml_text(text))


def all_events(ctx: SiteContext) -> list[EventView]:
    """Main events then background events, each in date order."""
    return ctx.main_events + ctx.background


def search_index_js(ctx: SiteContext) -> str:
    """The search index of a site split by year, as a script (``fetch`` fails on file://).

    One row per main event: [href, date label, title, folded text to search
    (``languages.fold``: lower case, one form of each letter and digit variant)].
    """
    rows = []
    for e in ctx.main_events:
        text = " ".join([e.title, e.summary.striptags(), *("".join(s.quote) for s in e.sources)])
        rows.append([e.href, e.label, e.title, " ".join(fold(text).split())])
    data = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
    data = data.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return "window.chronologyIndex=" + data + ";\n"


def timelinejs_json(ctx: SiteContext) -> str:
    """The events in TimelineJS's JSON format (``title`` slide plus ``events``)."""
    data = {
        "title": {"text": {"headline": xml_escape(ctx.config.title),
                           "text": xml_escape(ctx.config.description)}},
        "events": [_tl_event(e) for e in all_events(ctx)],
    }
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _tl_date(value: str) -> dict[str, str]:
    year, month, day = parts(value)
    out = {"year": str(year)}
    if month:
        out["month"] = str(month)
    if day:
        out["day"] = str(day)
    return out


def _tl_event(e: EventView) -> dict:
    event = {
        "unique_id": e.anchor,
        "start_date": _tl_date(e.date),
        "display_date": e.label,
        "text": {"headline": xml_escape(e.title), "text": _card_text(e)},
        "group": "Background" if e.context else (e.tags[0] if e.tags else ""),
    }
    if e.tags:  # not a TimelineJS field (it ignores it): every tag, for `chronology import`
        event["tags"] = list(e.tags)
    if e.end_date:
        event["end_date"] = _tl_date(e.end_date)
    return event


def _card_text(e: EventView) -> str:
    """Summary HTML plus the sources, as TimelineJS shows HTML in its text field."""
    items = "".join(f"<li>{xml_escape(s.publisher)}, “{xml_escape(s.title)}” "
                    f"({xml_escape(s.reported_label)}): “{xml_escape(''.join(s.quote))}”</li>"
                    for s in e.sources)
    summary = "" if e.summary_repeats_quote else str(e.summary)  # the quote follows
    return summary + (f"<ul>{items}</ul>" if items else "")


def timelinejs_csv(ctx: SiteContext) -> str:
    """The columns of TimelineJS's Google Sheets template, one row per event."""
    title = ["", "", "", "", "", "", "", "", "", xml_escape(ctx.config.title),
             xml_escape(ctx.config.description),
             "", "", "", "", "title", "", ""]
    rows = [title]
    for e in all_events(ctx):
        y, m, d = parts(e.date)
        end = e.end_date
        ey, em, ed = parts(end) if end else (None, None, None)
        rows.append([y, m, d, "", ey, em, ed, "", e.label, xml_escape(e.title), _card_text(e),
                     "", "", "", "",
                     "", "Background" if e.context else (e.tags[0] if e.tags else ""), ""])
    return _csv(TIMELINEJS_COLUMNS, rows)


def events_csv(ctx: SiteContext) -> str:
    """A plain CSV of the events; lists are joined with ``; ``."""
    rows = []
    for e in all_events(ctx):
        sources = " | ".join(f"{s.publisher}: {s.title} ({s.reported or 'undated'})"
                             + (f" <{s.url}>" if s.url else "") for s in e.sources)
        rows.append([e.id, e.date, e.end_date or "", str(e.approximate).lower(), e.title,
                     str(e.summary), "; ".join(e.tags), "; ".join(e.written_actors), "; ".join(e.places),
                     str(e.context).lower(), "; ".join(c.date for c in e.conflicts), sources,
                     e.href])
    return _csv(EVENTS_COLUMNS, rows)


def _csv(header: tuple[str, ...], rows: list[list]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([[_cell(v) for v in row] for row in rows])
    return buf.getvalue()


def _cell(value) -> str:
    """A CSV cell that a spreadsheet shows as text, never runs as a formula (OWASP CSV injection)."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def latest_date(ctx: SiteContext) -> str:
    """The latest event or reported date: the feed's ``updated``, derived from the data."""
    dates = [first_day(e.date).isoformat() for e in all_events(ctx)]
    dates += [s.reported for e in all_events(ctx) for s in e.sources if s.reported]
    return max(dates, default="1970-01-01")


def atom_feed(ctx: SiteContext) -> str:
    """An Atom feed, newest event first. Links are relative to the feed (``xml:base``)."""
    base = ctx.config.base_url.rstrip("/") + "/" if ctx.config.base_url else ""
    entries = sorted(all_events(ctx), key=lambda e: (e.date, e.id), reverse=True)
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           f'<feed xmlns="http://www.w3.org/2005/Atom"{_xml_base(base)}>',
           f"  <title>{xml_escape(ctx.config.title)}</title>",
           f"  <id>{_urn('feed:' + ctx.config.title)}</id>",
           f"  <updated>{latest_date(ctx)}T00:00:00Z</updated>",
           '  <link rel="alternate" type="text/html" href="index.html"/>',
           '  <link rel="self" type="application/atom+xml" href="feed.xml"/>',
           "  <author><name>chronology</name></author>"]
    for e in entries:
        updated = max([first_day(e.date).isoformat()] + [s.reported for s in e.sources if s.reported])
        out += ["  <entry>",
                f"    <title>{xml_escape(e.label)}: {xml_escape(e.title)}</title>",
                f"    <id>{_urn('event:' + e.id)}</id>",
                f'    <link rel="alternate" type="text/html" href="{xml_escape(e.href)}"/>',
                f"    <updated>{updated}T00:00:00Z</updated>",
                f'    <content type="html">{xml_escape(_card_text(e))}</content>',
                "  </entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n"


def _xml_base(base: str) -> str:
    return f' xml:base="{xml_escape(base)}"' if base else ""


def _urn(name: str) -> str:
    return f"urn:uuid:{uuid.uuid5(ID_NAMESPACE, name)}"


def icalendar(ctx: SiteContext) -> str:
    """All-day iCalendar events spanning their precision (a month-dated event spans the month).

    RFC 5545 requires CRLF line ends and lines folded at 75 octets.
    """
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//chronology//site//EN",
             "CALSCALE:GREGORIAN", f"X-WR-CALNAME:{_ics_text(ctx.config.title)}"]
    stamp = latest_date(ctx).replace("-", "") + "T000000Z"
    base = ctx.config.base_url.rstrip("/")
    for e in all_events(ctx):
        lines += _vevent(e, stamp, base)
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _vevent(e: EventView, stamp: str, base: str) -> list[str]:
    end = day_after(e.end_date or e.date)
    lines = ["BEGIN:VEVENT", f"UID:{e.anchor}@chronology", f"DTSTAMP:{stamp}",
             f"DTSTART;VALUE=DATE:{first_day(e.date):%Y%m%d}", f"DTEND;VALUE=DATE:{end:%Y%m%d}",
             f"SUMMARY:{_ics_text(('c. ' if e.approximate else '') + e.title)}",
             f"DESCRIPTION:{_ics_text(_plain(e))}"]
    if base:
        lines.append(f"URL:{base}/{e.href}")
    return lines + ["END:VEVENT"]


def _plain(e: EventView) -> str:
    parts_ = [f"Date: {e.label}"]
    parts_ += [f"{s.publisher}, {s.title} ({s.reported_label}): {''.join(s.quote)}" for s in e.sources]
    return "\n".join(parts_)


def _ics_text(text: str) -> str:
    """RFC 5545 TEXT: line breaks (CRLF, CR, LF and the like) as \\n, ``\\ ; ,`` escaped, and
    no other control character (it could end the line and inject a property)."""
    text = controls.normalise(text.replace("\r\n", "\n").replace("\r", "\n"))
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character."""
    data = line.encode("utf-8")
    chunks, limit = [], 75
    while len(data) > limit:
        cut = limit
        while data[cut] & 0xC0 == 0x80:  # a continuation byte: step back to the character start
            cut -= 1
        chunks.append(data[:cut])
        data, limit = data[cut:], 74  # continuation lines start with a space
    chunks.append(data)
    return "\r\n ".join(c.decode("utf-8") for c in chunks)
