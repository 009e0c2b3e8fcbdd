"""Loading: validation, round trips, hostile input; only our error types ever escape."""

from __future__ import annotations

import doctest
import time

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronology.errors import ChronologyError, ProblemsError
from chronology.events import store
from chronology.events.model import ArticleInfo, Event, EventsFile, Source
from chronology.events.store import dump_events, load_events

FULL = EventsFile(
    events=[
        Event(id="e2", date="2015-01-20", end_date="2015-01-21", approximate=True,
              title="Deal: signed", summary="First line.\n\nSecond *paragraph*.",
              tags=["military", "treaty"], actors=["Russia", "Iran"], places=["Tehran"],
              context=True, status="rejected",
              sources=[Source(article="a1", quote="“We signed,” he said on Tuesday: yes.",
                              date_text="on Tuesday", reported="2015-01-22", date="2015-01-20",
                              rule="weekday-past"),
                       Source(article="a2", quote="x " * 80, date="2015-01-19")]),
        Event(id="e1", date="2015", title="2015", tags=["2015", "true", "null"]),
        Event(id="e3", date="2015-02", title="no", summary="- not a list"),
    ],
    articles={"a1": ArticleInfo(id="a1", title="T", publisher="P", url="https://x.test/a?b=1#c",
                                reported="2015-01-22", reference="dateline 'January 22'"),
              "a2": ArticleInfo(id="a2")},
)


def write(tmp_path, data: bytes | str):
    path = tmp_path / "events.yaml"
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def test_load_dump_load_is_identity(tmp_path):
    path = write(tmp_path, dump_events(FULL))
    loaded = load_events(path)
    assert sorted(loaded.events, key=lambda e: e.id) == sorted(FULL.events, key=lambda e: e.id)
    assert loaded.articles == FULL.articles
    again = write(tmp_path, dump_events(loaded))
    assert load_events(again) == loaded
    assert dump_events(loaded) == dump_events(FULL)


def test_dump_is_readable(tmp_path):
    text = dump_events(FULL)
    assert "  - id: e1\n    date: 2015\n    title: '2015'\n" in text
    assert "    date: 2015-01-20\n    end_date: 2015-01-21\n" in text
    assert "&" not in text and "*" not in text.replace("*paragraph*", "")
    assert [e.id for e in load_events(write(tmp_path, text)).events] == ["e1", "e2", "e3"]


@pytest.mark.parametrize(("text", "value"), [
    ("date: 2015-01-20", "2015-01-20"), ("date: 2015", "2015"), ("date: '2015-01'", "2015-01"),
    ('date: "2015"', "2015"),
])
def test_dates_are_always_strings(tmp_path, text, value):
    path = write(tmp_path, f"events:\n  - id: e\n    {text}\n    title: t\n")
    assert load_events(path).events[0].date == value


@pytest.mark.parametrize("text", ["", "\n\n", "# nothing yet\n", "---\n", "null\n"])
def test_empty_file_has_no_events(tmp_path, text):
    assert load_events(write(tmp_path, text)) == EventsFile()


def test_missing_file_is_one_clear_error(tmp_path):
    with pytest.raises(ChronologyError) as info:
        load_events(tmp_path / "nope.yaml")
    assert str(info.value).endswith("nope.yaml: events file not found (run `chronology extract`)")


def test_broken_file_lists_every_error_with_places(tmp_path):
    path = write(tmp_path, "events:\n  - id: e\n    date: 2015-02-30\n    titel: x\n")
    with pytest.raises(ProblemsError) as info:
        load_events(path)
    assert [str(p).split(":", 1)[1] for p in info.value.problems] == [
        "2:5: events[0]: missing required key 'title'",
        "3:11: events[0].date: '2015-02-30' is not a real date (February 2015 has 28 days)",
        "4:5: events[0].titel: unknown key 'titel' (did you mean 'title'?)",
    ]


def test_warnings_do_not_stop_loading(tmp_path):
    path = write(tmp_path, "events:\n  - id: e\n    date: 2015\n    title: t\n")
    assert [e.id for e in load_events(path).events] == ["e"]


def billion_laughs(levels: int = 9) -> str:
    lines = ['a0: &a0 "lol"']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(("text", "message"), [
    (billion_laughs(), ":1:5: anchors (&name) are not allowed in an events file"),
    ("events: " + "[" * 5000 + "]" * 5000, ":1:32: nesting deeper than 24 levels"),
    ("events:\n" + "".join("  " * i + "- \n" for i in range(1, 3000)),
     ":25:49: nesting deeper than 24 levels"),
    ("x: !!python/object/apply:os.system ['echo hi']\n",
     ":1:4: explicit tags (!name) are not allowed in an events file"),
])
def test_hostile_yaml_fails_fast_and_clearly(tmp_path, text, message):
    path = write(tmp_path, text)
    start = time.perf_counter()
    with pytest.raises(ChronologyError) as info:
        load_events(path)
    assert time.perf_counter() - start < 1.0
    assert str(info.value) == str(path) + message


class _EarlyRefusingLoader(yaml.SafeLoader):
    """A stand-in for a future libyaml that refuses nesting far earlier, with its own words."""

    def fetch_flow_collection_start(self, *args):
        if self.flow_level >= 3:
            raise yaml.scanner.ScannerError("while increasing flow level", self.get_mark(),
                                            "exceeded maximum nesting depth", self.get_mark())
        super().fetch_flow_collection_start(*args)


HOSTILE = [
    billion_laughs(),
    "events: " + "[" * 5000 + "]" * 5000,
    "events:\n" + "".join("  " * i + "- \n" for i in range(1, 3000)),
    "events: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1, 2]]]",
    "x: !!python/object/apply:os.system ['echo hi']\n",
    "events:\n  - id: e\n   date: 2015\n",  # a plain syntax error
]


@pytest.mark.parametrize("loader", [None, _EarlyRefusingLoader], ids=["pure-only", "early-c"])
@pytest.mark.parametrize("text", HOSTILE)
def test_message_does_not_depend_on_which_parser_refuses(tmp_path, monkeypatch, text, loader):
    """Whether libyaml is missing or refuses with its own limit, the problem is ours."""
    path = write(tmp_path, text)
    with pytest.raises(ChronologyError) as usual:
        load_events(path)
    monkeypatch.setattr("chronology.events.fastparse._FAST_LOADER", loader)
    with pytest.raises(ChronologyError) as other:
        load_events(path)
    if "nesting" in str(usual.value) or "are not allowed" in str(usual.value):
        assert str(other.value) == str(usual.value)
    else:  # a plain syntax error: the same place, whichever parser words it
        assert str(other.value).split(": ")[0] == str(usual.value).split(": ")[0]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400))
def test_arbitrary_bytes_raise_only_our_errors(tmp_path, raw):
    path = write(tmp_path, raw)
    try:
        load_events(path)
    except ChronologyError as exc:
        assert str(exc)


YAMLISH = st.text(alphabet=list(" \n\t-:?[]{},#&*!|>'\"%@`abc019._\\") + ["\x85", "é", "\ufeff"],
                  max_size=200)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(YAMLISH)
def test_arbitrary_yaml_like_text_raises_only_our_errors(tmp_path, text):
    path = write(tmp_path, text)
    try:
        load_events(path)
    except ChronologyError as exc:
        assert str(exc)


# Any text but control characters (refused with a place, see test_events_controls.py).
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"),
                             whitelist_characters="\t\n"), min_size=1, max_size=300)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=TEXT.filter(str.strip), summary=TEXT, quote=TEXT.filter(str.strip),
       tag=TEXT.filter(str.strip))
def test_any_text_round_trips_exactly(tmp_path, title, summary, quote, tag):
    event = Event(id="e", date="2015", title=title, summary=summary, tags=[tag],
                  sources=[Source(article="a", quote=quote, date_text=summary)])
    loaded = load_events(write(tmp_path, dump_events(EventsFile(events=[event]))))
    assert loaded.events == [event]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=TEXT.filter(str.strip), control=st.characters(categories=["Cc", "Zl", "Zp"]).filter(
    lambda ch: ch not in "\t\n"))
def test_text_with_a_control_character_is_refused_with_a_place(tmp_path, title, control):
    event = Event(id="e", date="2015", title=title + control)
    with pytest.raises(ProblemsError) as refused:
        load_events(write(tmp_path, dump_events(EventsFile(events=[event]))))
    assert f"events[0].title: control character U+{ord(control):04X} is not allowed" in str(
        refused.value)
    assert str(refused.value).startswith(f"{tmp_path / 'events.yaml'}:")


SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=12),
                    st.sampled_from(["2015-01-20", "2015-02-30", "e1", "a1", "rejected"]))
KEYS = st.sampled_from(["id", "date", "end_date", "title", "tags", "sources", "article",
                        "quote", "status", "version", "events", "articles", "seen", "x",
                        "approximate", "summary", "reported"])
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(KEYS, inner, max_size=5)), max_leaves=25)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(KEYS, VALUES, max_size=4) | st.builds(
    lambda events: {"events": events},
    st.lists(st.fixed_dictionaries({"id": st.just("e1"), "date": SCALARS, "title": SCALARS},
                                   optional={"sources": VALUES, "approximate": SCALARS}))))
def test_any_shape_of_document_raises_only_our_errors(tmp_path, data):
    path = write(tmp_path, yaml.safe_dump(data, allow_unicode=True))
    try:
        loaded = load_events(path)
    except ChronologyError as exc:
        assert str(exc)
    else:  # a file without errors loses nothing
        assert len(loaded.events) == len(data.get("events") or [])
        assert len(loaded.articles) == len(data.get("articles") or {})


def test_news_punctuation_is_written_as_is():
    quote = "MOSCOW, January 22 (Sputnik)\xa0– “We agreed,” he said…"
    text = dump_events(EventsFile(events=[Event(id="e", date="2015", title=quote)]))
    assert f"title: {quote}\n" in text


def test_facade_docstring_example_runs():
    failures, tried = doctest.testmod(store)
    assert tried > 0 and failures == 0
