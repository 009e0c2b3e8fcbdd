"""The fast writer for fresh files writes exactly the bytes ruamel.yaml writes."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronology.events.emit import fast_dump
from chronology.events.model import ArticleInfo, Event, EventsFile, Source
from chronology.events.reconcile import reconcile
from chronology.events.render import new_document
from chronology.events.store import dump_events
from chronology.events.yamlio import dump

LONG = ("Iran and Russia signed a memorandum on military cooperation in Tehran on Tuesday, "
        "the defence ministers said after talks that lasted several hours and covered drills.")
HOSTILE = [
    "plain words", "", " ", "yes", "no", "null", "~", "true", "123", "1.5", "0x1F", "2015",
    "2015-01-20", "- dash", "-", "?", ":", "? q", ": colon", "a: b", "a:b", "ends:", "a #b",
    "a#b", "#x", "'quoted'", 'say "hi"', "it's", "it's \"both\"", "line\nbreak", "trailing\n",
    "\nleading", " lead", "trail ", "tab\there", "two  spaces", "nel\x85x", "ls\u2028x",
    "ps\u2029x", "bom\ufeff", "\ufeffbom", "é", "日本語の文", "emoji 😀", "---", "--- x", "...",
    "... x", "[flow]", "{flow}", "a, b", "*star", "&amp", "!bang", "|pipe", ">gt", "%pct", "@at",
    "`tick", "bell\x07", "nul\x00", "esc\x1b", "back\\slash", "nbsp\xa0x", "\xa0lead",
    "x" * 3000, LONG, LONG + " " + LONG, LONG.replace(" the ", " the\xa0"),
    LONG.replace(" ", "  ", 1), LONG + "\n", "multi\nline\ntext", "a\n\nb", " a\nb",
    "word" * 30 + " tail", "“curly quotes” and ‘single’", "a - b", "key: value # comment",
]


def _events(text: str) -> EventsFile:
    source = Source(article="a1", quote=text or "q", date_text=text, reported="2015-01-20",
                    date="2015-01", rule=text or None)
    event = Event(id="e1", date="2015", title=text or "t", summary=text, tags=[text or "t"],
                  actors=[text or "a", "Iran"], places=[text or "p"], context=True,
                  sources=[source, Source(article=text or "a2", quote=text or "q2")])
    plain = Event(id="e0", date="2015-01-20", title="Deal signed", approximate=True,
                  sources=[Source(article="a1", quote="They signed on Tuesday.")])
    info = ArticleInfo(id="a1", title=text, publisher=text or None, url=text or None,
                       reported="2015-01-20", reference=text)
    return EventsFile(events=[plain, event], articles={"a1": info, "b2": ArticleInfo(id="b2")})


@pytest.mark.parametrize("text", HOSTILE)
def test_fresh_document_is_written_like_ruamel(text):
    doc = new_document(_events(text), seen=["a1#0123456789ab", "a2#ffffffffffff"])
    assert fast_dump(doc) in (None, dump(doc))
    assert dump_events(_events(text)) == dump(new_document(_events(text)))


@pytest.mark.parametrize("key", ["a1", "2015", "yes", "a b", "a: b", "#x", "é", "k" * 130, ""])
def test_article_keys_are_written_like_ruamel(key):
    events = EventsFile(articles={key: ArticleInfo(id=key, title="T")})
    events.events.append(Event(id="e", date="2015", title="T",
                               sources=[Source(article=key, quote="Q.")]))
    doc = new_document(events)
    assert fast_dump(doc) in (None, dump(doc))


def test_common_documents_take_the_fast_path():
    doc = new_document(_events(LONG), seen=["a1#0123456789ab"])
    assert fast_dump(doc) == dump(doc)


def test_reconciled_fresh_document_is_written_like_ruamel():
    events = _events("Moscow and Tehran agreed")
    doc = new_document()
    reconcile(doc, events.events, events.articles)
    assert "seen" in doc
    assert fast_dump(doc) == dump(doc)


@pytest.mark.parametrize("doc", [
    new_document(),  # empty lists are written in flow style: ruamel's job
    {"version": 1},
])
def test_unknown_shapes_are_left_to_ruamel(doc):
    assert fast_dump(doc) is None


def test_comments_of_an_editor_are_left_to_ruamel():
    doc = new_document(_events("x"))
    doc["events"][0].yaml_add_eol_comment("checked", "title")
    doc["articles"]["a1"].yaml_set_comment_before_after_key("title", before="note")
    assert fast_dump(doc) is None
    assert "# checked" in dump(doc) and "# note" in dump(doc)


TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)
YAMLISH = st.text(alphabet=list(" \n\t-:?[]{},#&*!|>'\"%@`abc019._\\") + [
    "\x85", "é", "\ufeff", "\u2028", "\xa0", "\x07"], max_size=200)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(TEXT, YAMLISH), st.one_of(TEXT, YAMLISH))
def test_any_text_is_written_like_ruamel(first, second):
    events = _events(first)
    events.events[1].summary = second
    events.articles["a1"].reference = second + " " + LONG
    doc = new_document(events, seen=[f"a1#{first}"])
    assert fast_dump(doc) in (None, dump(doc))


def test_escape_pattern_matches_the_character_rule():
    from chronology.events.render import _ESCAPE, _needs_escape

    wrong = [code for code in range(0x110000)
             if bool(_ESCAPE.match(chr(code))) != _needs_escape(chr(code))]
    assert wrong == []


@pytest.mark.parametrize("text", HOSTILE)
def test_spliced_snippets_are_written_like_ruamel(text):
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    from chronology.events.emit import fast_items, fast_mapping
    from chronology.events.render import article_map, event_map, source_map

    events = _events(text)
    items = [event_map(e) for e in events.events]
    sources = [source_map(s) for s in events.events[1].sources]
    keys = [f"a1#{text}", "a2#0123456789ab"]
    for values in (items, sources, keys):
        assert fast_items(values) in (None, dump(CommentedSeq(values)))
    articles = CommentedMap((k, article_map(v)) for k, v in events.articles.items())
    assert fast_mapping(articles) in (None, dump(articles))


def test_spliced_snippets_take_the_fast_path():
    from ruamel.yaml.comments import CommentedSeq

    from chronology.events.emit import fast_items
    from chronology.events.render import event_map

    items = [event_map(e) for e in _events(LONG).events]
    assert fast_items(items) == dump(CommentedSeq(items))
    assert fast_items(["a1#0123456789ab"]) == "  - a1#0123456789ab\n"
