"""A new events file written entry by entry (``fresh``) has the bytes and the report of the
whole-document merge (``merge_file`` with no file), and is checked as a stream."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronology.errors import ProblemsError
from chronology.events import fresh
from chronology.events.model import ArticleInfo, Event, Source
from chronology.events.store import merge_file, update_events_file
from chronology.events.streamcheck import check_stream

QUOTES = [
    "Russia and Iran signed a deal on Tuesday.",
    "Line one\nline two of a quote that an editor kept on two lines.",
    "A very long quote " + "with many words in it, " * 8 + "ending here.",
    "It's a quote with 'single' and \"double\" quotes: and a colon.",
    "Control \x07 character and a tab\there.",
    "- starts like a list item",
    "yes",
    "2015-01-20",
]
TITLES = ["Deal signed", "Iran gets S-300: 'first batch'", "# not a comment", "null", "x" * 95]
DATES = ["2015", "2015-01", "2015-01-20", "2016-02-29", "2015-13-01"]  # the last is invalid


def _event(i: int, quote: int, title: int, date: int, article: int, extra: bool) -> Event:
    sources = [Source(article=f"a{article}", quote=QUOTES[quote], date_text="on Tuesday",
                      reported="2015-01-22", date=DATES[date], rule="weekday-past")]
    if extra:
        sources.append(Source(article=f"a{(article + 1) % 4}", quote=QUOTES[(quote + 1) % 8]))
    return Event(id=f"{DATES[date]}-event-{i}", date=DATES[date], title=TITLES[title],
                 end_date="2017" if extra and date < 2 else None, approximate=extra,
                 tags=["delivery"] if extra else [], actors=["Iran", "Russia"][:article],
                 places=["Tehran"] if title % 2 else [], context=bool(date % 2), sources=sources)


EVENT = st.builds(_event, st.integers(0, 99), st.integers(0, 7), st.integers(0, 4),
                  st.integers(0, 4), st.integers(0, 3), st.booleans())
ARTICLES = {f"a{j}": ArticleInfo(id=f"a{j}", title=f"Article {j}", publisher="Agency",
                                 url=f"https://example.org/{j}", reported="2015-01-22",
                                 reference="dateline 'MOSCOW, January 22'") for j in range(4)}
ARTICLES["a3"] = ArticleInfo(id="a3", reported="9999-12-31")  # invalid: skipped


def _both(tmp_path, events, articles):
    path = tmp_path / "events.yaml"
    path.unlink(missing_ok=True)
    whole, data = merge_file(None, events, articles, str(path))
    report = update_events_file(path, events, articles)
    return whole, data, report, path


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(EVENT, max_size=12), st.booleans())
def test_the_same_bytes_and_report_as_the_whole_document(tmp_path, events, with_articles):
    articles = ARTICLES if with_articles else {}
    whole, data, report, path = _both(tmp_path, events, articles)
    if data is None:
        assert not path.exists()
        return
    assert path.read_bytes() == data
    whole.written = True
    assert report == whole


def test_new_files_are_written_entry_by_entry_and_meetings_go_the_whole_way(tmp_path,
                                                                             monkeypatch):
    written = []
    real = fresh.write_fresh

    def spy(*args):
        written.append(real(*args))
        return written[-1]

    monkeypatch.setattr("chronology.events.store.write_fresh", spy)
    apart = [_event(i, i, i % 5, 2, i % 3, False) for i in range(3)]
    _, data, _, path = _both(tmp_path, apart, ARTICLES)
    assert written[-1] is not None and path.read_bytes() == data  # written by fresh
    same_id = [*apart, _event(0, 7, 0, 2, 1, False)]
    same_source = [*apart, _event(9, 0, 1, 2, 0, False)]
    for events in (same_id, same_source):
        _, data, _, path = _both(tmp_path, events, ARTICLES)
        assert written[-1] is None and path.read_bytes() == data  # by the whole merge


def _file(tmp_path, text: str):
    path = tmp_path / "events.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_stream_check_reads_every_entry_and_counts_them(tmp_path):
    events = [_event(i, i, i % 4, 2, i % 3, i == 1) for i in range(4)]
    _, data, _, path = _both(tmp_path, events, ARTICLES)
    errors, counts = check_stream(path, "events.yaml")
    assert errors == []
    assert counts == {"version": 1, "articles": 3, "events": 4, "sources": 5, "seen": 5}


def test_stream_check_finds_errors_with_their_lines(tmp_path):
    path = _file(tmp_path, "version: 1\narticles:\n  a1:\n    title: A\nevents:\n"
                 "  - id: e1\n    date: 2015-02-30\n    title: T\n    sources:\n"
                 "      - article: a1\n        quote: Q\n        colour: red\n"
                 "  - id: e1\n    date: 2015\n    title: T\n    end_date: 2014\n"
                 "seen:\n  - ''\n")
    errors, counts = check_stream(path, "events.yaml")
    assert [(p.place.line, p.message.split(":")[0]) for p in errors] == [
        (7, "events[0].date"), (12, "events[0].sources[0].colour"), (13, "events[1].id"),
        (16, "events[1].end_date"), (18, "seen[0]")]
    assert counts == {"version": 1, "articles": 1, "events": 2, "sources": 1, "seen": 1}


def test_a_file_that_does_not_read_back_is_never_written(tmp_path, monkeypatch):
    monkeypatch.setattr(fresh, "fresh_entry", lambda key, value=None: "  - id: [unclosed\n"
                        if value is None else f"  {key}:\n    title: A\n")
    path = tmp_path / "events.yaml"
    with pytest.raises(ProblemsError, match="internal error: the updated file would not"):
        update_events_file(path, [_event(1, 0, 0, 2, 0, False)], ARTICLES)
    assert list(tmp_path.iterdir()) == []
