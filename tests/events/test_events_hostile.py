"""Hostile events files: control characters, script links; and the machine never writes either."""

from __future__ import annotations

import pytest

from chronology.events.check import check_bytes
from chronology.events.model import ArticleInfo, Event, Source
from chronology.events.store import load_events, update_events_file

LONG = ("Russia and Iran signed on Tuesday an intergovernmental agreement on military "
        "cooperation during the visit of Russian Defense Minister Sergei Shoigu to Tehran.")


def _candidate() -> Event:
    return Event(id="2015-01-20-deal", date="2015-01-20", title="Russia and Iran sign a deal",
                 summary=LONG, sources=[Source(article="a1", quote=LONG, date_text="on Tuesday")])


@pytest.mark.parametrize("layout", [
    "events: [{id: hand, date: 2015-01-01, title: Hand}]\n",
    "version: 1\narticles: {}\nevents: [{id: hand, date: 2015-01-01, title: Hand}]\nseen: []\n",
])
def test_a_flow_style_file_gets_clean_text(tmp_path, layout):
    # ruamel marks a folded scalar's line breaks with BEL (U+0007); in a flow collection it
    # cannot fold, and wrote the marks out as "\a" escapes.
    path = tmp_path / "events.yaml"
    path.write_text(layout, encoding="utf-8")
    update_events_file(path, [_candidate()], {"a1": ArticleInfo(id="a1", title="A")})
    text = path.read_text(encoding="utf-8")
    assert "\\a" not in text and "\a" not in text
    loaded = {e.id: e for e in load_events(path).events}
    assert loaded["2015-01-20-deal"].summary == LONG
    assert loaded["2015-01-20-deal"].sources[0].quote == LONG
    assert loaded["hand"].title == "Hand"


@pytest.mark.parametrize(("text", "message"), [
    ('events:\n  - id: e1\n    date: 2015\n    title: "Hand\\rBEGIN:VEVENT"\n',
     "4:12: events[0].title: control character U+000D is not allowed (write a line break "
     "or a space instead)"),
    ('events:\n  - id: e1\n    date: 2015\n    title: ok\n    sources:\n'
     '      - article: a\n        quote: "bell \\a here"\n',
     "7:16: events[0].sources[0].quote: control character U+0007 is not allowed"),
    ('articles:\n  a:\n    title: "Vertical\\vtab"\n',
     "3:12: articles.a.title: control character U+000B is not allowed"),
    ('events:\n  - id: e1\n    date: 2015\n    title: ok\n    tags: ["x\\x85y"]\n',
     "5:12: events[0].tags[0]: control character U+0085 is not allowed"),
    ('seen:\n  - "a#1\\x1b"\n', "2:5: seen[0]: control character U+001B is not allowed"),
])
def test_check_refuses_control_characters_with_a_place(text, message):
    errors = [str(p) for p in check_bytes(text.encode("utf-8"), "events.yaml").errors]
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"events.yaml:{message}")


def test_tabs_and_line_breaks_are_text_not_controls():
    text = ('events:\n  - id: e1\n    date: 2015\n    title: "a\\tb"\n'
            '    summary: "line one\\nline two"\n')
    assert check_bytes(text.encode("utf-8"), "events.yaml").errors == []


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "www.example.org"])
def test_check_warns_about_an_article_url_the_site_will_not_link(url):
    text = f"articles:\n  a:\n    title: T\n    url: '{url}'\n"
    result = check_bytes(text.encode("utf-8"), "events.yaml")
    assert result.errors == []
    assert [str(p) for p in result.problems] == [
        f"events.yaml:4:10: warning: articles.a.url: {url!r} is not an http(s) address "
        "(expected http://... or https://...); the site does not link it"]


def test_an_article_with_an_impossible_date_never_stops_the_others(tmp_path):
    # The date engine (or a front matter) can give 9999-12-31; the file stops at 9998.
    path = tmp_path / "events.yaml"
    bad = ArticleInfo(id="bad", title="Far future", reported="9999-12-31")
    good = ArticleInfo(id="a1", title="A", reported="2015-01-22")
    future = Event(id="9999-12-31-x", date="9999-12-31", title="Far",
                   sources=[Source(article="bad", quote="On December 31, 9999 it ends.",
                                   reported="9999-12-31")])
    report = update_events_file(path, [_candidate(), future], {"bad": bad, "a1": good})
    loaded = load_events(path)
    assert [e.id for e in loaded.events] == ["2015-01-20-deal"]
    assert sorted(loaded.articles) == ["a1"]
    assert any("articles.bad.reported: '9999-12-31' is not a real date" in s for s in report.skipped)
    assert any(s.startswith("candidate '9999-12-31-x'.date:") for s in report.skipped)
    assert "invalid skipped" in report.summary()


YAML11 = ["yes", "No", "on", "OFF", "y", "2015-01-01", "2015-01-01 10:00:00", "1_000", "0x1F",
          "1:20", "0o17", "+12", ".5", "1e3", "~", "null", "true"]


def test_ids_other_yaml_tools_would_read_as_booleans_or_dates_are_quoted(tmp_path):
    # Our reader keeps every scalar as text; PyYAML and most tools read YAML 1.1, where
    # a plain yes is a boolean and 2015-01-01 a date.
    import yaml

    path = tmp_path / "events.yaml"
    articles = {a: ArticleInfo(id=a, title=a, publisher=a) for a in YAML11}
    events = [Event(id=f"e{i}", date="2015", title=a, tags=[a],
                    sources=[Source(article=a, quote=a, date_text=a)])
              for i, a in enumerate(YAML11)]
    update_events_file(path, events, articles)
    for text in (path.read_text(encoding="utf-8"),):
        other = yaml.safe_load(text)
        assert sorted(other["articles"]) == sorted(YAML11)
        assert all(info == {"title": a, "publisher": a} for a, info in other["articles"].items())
        by_id = {event["id"]: event for event in other["events"]}
        for i, original in enumerate(YAML11):
            event = by_id[f"e{i}"]
            assert event["title"] == original and event["tags"] == [original]
            assert event["sources"][0] == {"article": original, "quote": original,
                                           "date_text": original}
    loaded = load_events(path)
    assert sorted(loaded.articles) == sorted(YAML11)
    assert sorted(e.title for e in loaded.events) == sorted(YAML11)
