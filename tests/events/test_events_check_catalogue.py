"""A catalogue of broken events files, each with the exact messages ``check`` must give."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronology.events.check import check_bytes

# Lines 1-5 of most cases; the first event starts on line 6.
HEAD = "version: 1\narticles:\n  art-one:\n    title: One\nevents:\n"
ID = "  - id: e1\n"
DATE = "    date: 2015-01-20\n"
TITLE = "    title: Deal\n"
SRC = "    sources:\n      - article: art-one\n        quote: They signed on Tuesday.\n"
ARTICLES = Path("content/articles")

CASES = [
    # --- YAML itself ---
    ("bad-indent", "version: 1\nevents:\n  - id: e1\n   date: 2015\n",
     ["4:4: invalid YAML: did not find expected '-' indicator (while parsing a block collection)"
      "; hint: check the indentation of this line"]),
    ("unclosed-flow", "version: 1\nevents: [\n",
     ["3:1: invalid YAML: did not find expected node content (while parsing a flow node)"]),
    ("tab-indent", "version: 1\nevents:\n\t- id: e1\n",
     ["3:1: invalid YAML: found character that cannot start any token "
      "(while scanning for the next token); hint: indent with spaces, not tabs"]),
    ("anchor", HEAD + "  - &first\n    id: e1\n",
     ["6:5: anchors (&name) are not allowed in an events file"]),
    ("alias", HEAD + ID + DATE + "    title: *t\n",
     ["8:12: aliases (*name) are not allowed in an events file"]),
    ("python-tag", "version: !!python/object/apply:os.system ['true']\n",
     ["1:10: explicit tags (!name) are not allowed in an events file"]),
    ("colon-in-title", HEAD + ID + DATE + "    title: Talks: round two\n" + SRC,
     ["8:17: invalid YAML: mapping values are not allowed in this context; "
      "hint: put text that contains ': ' in quotes"]),
    ("unclosed-quote", HEAD + ID + DATE + '    title: "open\n',
     ["9:1: invalid YAML: found unexpected end of stream (while scanning a quoted scalar)"]),
    ("two-documents", "version: 1\n---\nversion: 1\n",
     ["2:1: invalid YAML: expected a single document in the stream, but found another document"]),
    ("control-char", "version: 1\nevents:\n  - id: e\x01\n",
     ["3:10: invalid YAML: control character U+0001 is not allowed (write it escaped)"]),
    ("too-deep", "events: " + "[" * 30 + "]" * 30 + "\n",
     ["1:32: nesting deeper than 24 levels"]),
    # --- top level ---
    ("top-is-list", "- id: e1\n",
     ["1:1: expected a mapping with keys 'version', 'articles' and 'events', found a list"]),
    ("top-typo", "version: 1\nevent: []\n",
     ["2:1: event: unknown key 'event' (did you mean 'events'?)"]),
    ("top-duplicate", "events: []\nevents: []\n",
     ["2:1: events: duplicate key 'events' (first at line 1)"]),
    ("version-2", "version: 2\nevents: []\n",
     ["1:10: version: unsupported version '2' (expected 1)"]),
    ("events-mapping", "version: 1\nevents:\n  e1: x\n",
     ["3:3: events: expected a list of events, found a mapping"]),
    ("articles-list", "version: 1\narticles:\n  - a\nevents: []\n",
     ["3:3: articles: expected a mapping of article id to details, found a list"]),
    # --- events ---
    ("event-scalar", HEAD + "  - just a string\n",
     ["6:5: events[0]: expected an event mapping, found 'just a string'"]),
    ("missing-id", HEAD + "  - date: 2015-01-20\n" + TITLE + SRC,
     ["6:5: events[0]: missing required key 'id'"]),
    ("missing-date", HEAD + ID + TITLE + SRC,
     ["6:5: events[0]: missing required key 'date'"]),
    ("missing-title", HEAD + ID + DATE + SRC,
     ["6:5: events[0]: missing required key 'title'"]),
    ("empty-title", HEAD + ID + DATE + '    title: ""\n' + SRC,
     ["8:12: events[0].title: must not be empty"]),
    ("blank-title", HEAD + ID + DATE + "    title: '   '\n" + SRC,
     ["8:12: events[0].title: must not be empty"]),
    ("null-title", HEAD + ID + DATE + "    title:\n" + SRC,
     ["8:12: events[0].title: must not be empty"]),
    ("title-list", HEAD + ID + DATE + "    title: [a, b]\n" + SRC,
     ["8:12: events[0].title: expected text, found a list"]),
    ("key-typo", HEAD + ID + DATE + TITLE + "    summray: x\n" + SRC,
     ["9:5: events[0].summray: unknown key 'summray' (did you mean 'summary'?)"]),
    ("key-unknown", HEAD + ID + DATE + TITLE + "    colour: red\n" + SRC,
     ["9:5: events[0].colour: unknown key 'colour' (expected one of: id, date, end_date, "
      "approximate, title, summary, tags, actors, places, context, status, sources)"]),
    ("duplicate-key", HEAD + ID + DATE + TITLE + "    title: Again\n" + SRC,
     ["9:5: events[0].title: duplicate key 'title' (first at line 8)"]),
    ("bad-id", HEAD + "  - id: bad id\n" + DATE + TITLE + SRC,
     ["6:9: events[0].id: 'bad id' is not a valid id (use letters, digits, '.', '_' and '-', "
      "starting with a letter or digit)"]),
    ("duplicate-id", HEAD + ID + DATE + TITLE + SRC + ID + DATE + TITLE + SRC,
     ["12:9: events[1].id: duplicate id 'e1' (first used by events[0] at line 6)"]),
    ("date-words", HEAD + ID + "    date: Febuary 3 2021\n" + TITLE + SRC,
     ["7:11: events[0].date: 'Febuary 3 2021' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"]),
    ("date-feb-30", HEAD + ID + "    date: 2015-02-30\n" + TITLE + SRC,
     ["7:11: events[0].date: '2015-02-30' is not a real date (February 2015 has 28 days)"]),
    ("date-feb-29", HEAD + ID + "    date: 2015-02-29\n" + TITLE + SRC,
     ["7:11: events[0].date: '2015-02-29' is not a real date (February 2015 has 28 days)"]),
    ("date-year-0", HEAD + ID + "    date: 0000\n" + TITLE + SRC,
     ["7:11: events[0].date: '0000' is not a real date (years run from 1 to 9998)"]),
    ("date-year-9999", HEAD + ID + "    date: 9999-12-31\n" + TITLE + SRC,
     ["7:11: events[0].date: '9999-12-31' is not a real date (years run from 1 to 9998)"]),
    ("date-month-13", HEAD + ID + "    date: 2015-13\n" + TITLE + SRC,
     ["7:11: events[0].date: '2015-13' is not a real date (there is no month 13)"]),
    ("date-day-0", HEAD + ID + "    date: 2015-04-00\n" + TITLE + SRC,
     ["7:11: events[0].date: '2015-04-00' is not a real date (April 2015 has 30 days)"]),
    ("date-unpadded", HEAD + ID + "    date: 2015-1-5\n" + TITLE + SRC,
     ["7:11: events[0].date: '2015-1-5' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"]),
    ("date-slashes", HEAD + ID + "    date: 20/01/2015\n" + TITLE + SRC,
     ["7:11: events[0].date: '20/01/2015' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"]),
    ("null-date", HEAD + ID + "    date:\n" + TITLE + SRC,
     ["7:11: events[0].date: must not be empty"]),
    ("null-id", HEAD + "  - id: ~\n" + DATE + TITLE + SRC,
     ["6:9: events[0].id: must not be empty"]),
    ("date-list", HEAD + ID + "    date: [2015]\n" + TITLE + SRC,
     ["7:11: events[0].date: expected a date, found a list"]),
    ("end-before-date", HEAD + ID + DATE + "    end_date: 2015-01-19\n" + TITLE + SRC,
     ["8:15: events[0].end_date: '2015-01-19' is before date '2015-01-20'"]),
    ("end-year-before-month", HEAD + ID + "    date: 2015-03\n    end_date: 2014\n" + TITLE + SRC,
     ["8:15: events[0].end_date: '2014' is before date '2015-03'"]),
    ("approximate-yes", HEAD + ID + DATE + "    approximate: yes\n" + TITLE + SRC,
     ["8:18: events[0].approximate: expected true or false, found 'yes'"]),
    ("context-quoted", HEAD + ID + DATE + TITLE + '    context: "true"\n' + SRC,
     ["9:14: events[0].context: expected true or false, found the string 'true'"]),
    ("tags-scalar", HEAD + ID + DATE + TITLE + "    tags: military\n" + SRC,
     ["9:11: events[0].tags: expected a list of strings, found 'military'"]),
    ("tags-nested", HEAD + ID + DATE + TITLE + "    tags: [a, [b]]\n" + SRC,
     ["9:15: events[0].tags[1]: expected a non-empty string, found a list"]),
    ("actors-empty-item", HEAD + ID + DATE + TITLE + "    actors:\n      - Iran\n      -\n" + SRC,
     ["11:8: events[0].actors[1]: expected a non-empty string, found nothing"]),
    ("status-deleted", HEAD + ID + DATE + TITLE + "    status: deleted\n" + SRC,
     ["9:13: events[0].status: 'deleted' is not a status (expected 'active' or 'rejected')"]),
    # --- sources ---
    ("sources-scalar", HEAD + ID + DATE + TITLE + "    sources: art-one\n",
     ["9:14: events[0].sources: expected a list of sources, found 'art-one'"]),
    ("source-no-quote", HEAD + ID + DATE + TITLE + "    sources:\n      - article: art-one\n",
     ["10:9: events[0].sources[0]: missing required key 'quote'"]),
    ("source-null-quote", HEAD + ID + DATE + TITLE
     + "    sources:\n      - article: art-one\n        quote: null\n",
     ["11:16: events[0].sources[0].quote: must not be empty"]),
    ("source-typo", HEAD + ID + DATE + TITLE + SRC + "        qoute: x\n",
     ["12:9: events[0].sources[0].qoute: unknown key 'qoute' (did you mean 'quote'?)"]),
    ("source-reported-month", HEAD + ID + DATE + TITLE + SRC + "        reported: 2015-01\n",
     ["12:19: events[0].sources[0].reported: '2015-01' is not a date (expected YYYY-MM-DD)"]),
    ("source-missing-article", HEAD + ID + DATE + TITLE
     + "    sources:\n      - article: art-onee\n        quote: x\n",
     ["10:18: events[0].sources[0].article: no article 'art-onee' in content/articles "
      "(did you mean 'art-one'?)"]),
    ("source-far-article", HEAD + ID + DATE + TITLE
     + "    sources:\n      - article: zzz\n        quote: x\n",
     ["10:18: events[0].sources[0].article: no article 'zzz' in content/articles"]),
    # --- articles ---
    ("article-typo", "version: 1\narticles:\n  art-one:\n    titel: One\n",
     ["4:5: articles.art-one.titel: unknown key 'titel' (did you mean 'title'?)"]),
    ("article-reported", "version: 1\narticles:\n  art-one:\n    reported: 22 Jan 2015\n",
     ["4:15: articles.art-one.reported: '22 Jan 2015' is not a date (expected YYYY-MM-DD)"]),
    # --- several problems at once, in file order ---
    ("many", HEAD + ID + "    date: 2015-02-30\n    titel: x\n" + SRC,
     ["6:5: events[0]: missing required key 'title'",
      "7:11: events[0].date: '2015-02-30' is not a real date (February 2015 has 28 days)",
      "8:5: events[0].titel: unknown key 'titel' (did you mean 'title'?)"]),
]

BYTE_CASES = [
    ("not-utf8", b"version: 1\ntitle: caf\xe9\n",
     ["2:11: not UTF-8 text (byte 0xe9 cannot be decoded)"]),
    ("nul-bytes", b"version: 1\n\x00\x01\x02", ["2: not a text file (it contains NUL bytes)"]),
]

WARNING_CASES = [
    ("no-sources", HEAD + ID + DATE + TITLE,
     ["6:5: warning: events[0]: no sources (cite at least one article)"]),
    ("article-not-listed", "version: 1\nevents:\n" + ID + DATE + TITLE + SRC,
     ["7:18: warning: events[0].sources[0].article: article 'art-one' has no entry under "
      "'articles'"]),
]


def _messages(raw: bytes) -> list[str]:
    result = check_bytes(raw, "events.yaml", {"art-one"}, ARTICLES)
    return [str(p) for p in result.problems]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_broken_file_gives_exact_messages(name, text, expected):
    assert _messages(text.encode("utf-8")) == [f"events.yaml:{m}" for m in expected]


@pytest.mark.parametrize(("name", "raw", "expected"), BYTE_CASES, ids=[c[0] for c in BYTE_CASES])
def test_undecodable_file_gives_exact_message(name, raw, expected):
    assert _messages(raw) == [f"events.yaml:{m}" for m in expected]


@pytest.mark.parametrize(("name", "text", "expected"), WARNING_CASES,
                         ids=[c[0] for c in WARNING_CASES])
def test_warnings_are_reported_as_warnings(name, text, expected):
    result = check_bytes(text.encode("utf-8"), "events.yaml", {"art-one"}, ARTICLES)
    assert [str(p) for p in result.problems] == [f"events.yaml:{m}" for m in expected]
    assert not result.errors


def test_catalogue_is_large_enough():
    assert len(CASES) + len(BYTE_CASES) >= 30


@pytest.mark.parametrize("text", [
    "", "# just a comment\n", "version: 1\n", "version: 1\narticles:\nevents:\n",
    HEAD + ID + "    date: 2016-02-29\n" + TITLE + SRC,
    HEAD + ID + "    date: 2015\n    end_date: 2015-12\n    approximate: true\n" + TITLE + SRC,
])
def test_valid_files_have_no_problems(text):
    assert _messages(text.encode("utf-8")) == []
