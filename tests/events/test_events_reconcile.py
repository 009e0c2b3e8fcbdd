"""Hand edits survive repeated extraction: edits, deletions, additions, comments, order."""

from __future__ import annotations

import difflib

import pytest

from chronology.errors import ProblemsError
from chronology.events.model import ArticleInfo, Event, Source
from chronology.events.render import SEEN_COMMENT
from chronology.events.store import load_events, update_events_file
from chronology.events.yamlio import dump, new_yaml

ARTICLES = {"a1": ArticleInfo(id="a1", title="First report", reported="2015-01-22")}
NEW_ARTICLES = {**ARTICLES, "a2": ArticleInfo(id="a2", title="Second report")}


def src(article: str, quote: str, date: str | None = None) -> Source:
    return Source(article=article, quote=quote, date_text="on Tuesday", date=date)


def machine() -> list[Event]:
    """What extraction proposes from article a1."""
    return [
        Event(id="2015-01-20-deal", date="2015-01-20", title="Deal signed",
              sources=[src("a1", "They signed a deal on Tuesday.", "2015-01-20")]),
        Event(id="2014-11-reactors", date="2014-11", title="Reactor contract",
              sources=[src("a1", "In November 2014 they agreed on reactors.", "2014-11")]),
        Event(id="2014-08-visit", date="2014-08", title="Zarif visits Moscow",
              sources=[src("a1", "During his visit in August 2014, Zarif spoke.", "2014-08")]),
    ]


def machine_with_new_article() -> list[Event]:
    """After article a2 arrives: one new event, and new evidence for the deal."""
    events = machine()
    events[0].sources.append(src("a2", "The deal was signed on January 20.", "2015-01-20"))
    events.append(Event(id="2015-10-drills", date="2015-10", title="Joint drills",
                        sources=[src("a2", "Drills are planned for October.", "2015-10")]))
    return events


@pytest.fixture
def path(tmp_path):
    p = tmp_path / "events.yaml"
    update_events_file(p, machine(), ARTICLES)
    return p


def edit(path, change) -> None:
    """Edit the file as data, the way an editor's change looks after saving."""
    yaml = new_yaml()
    data = yaml.load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(dump(data, yaml), encoding="utf-8")


def by_id(path) -> dict[str, Event]:
    return {e.id: e for e in load_events(path).events}


def run_twice(path, candidates=None, articles=None):
    candidates = candidates or machine()
    first = update_events_file(path, candidates, articles or ARTICLES)
    second = update_events_file(path, candidates, articles or ARTICLES)
    return first, second


def test_first_run_writes_sorted_events(path):
    assert [e.id for e in load_events(path).events] == [
        "2014-08-visit", "2014-11-reactors", "2015-01-20-deal"]


def test_same_candidates_change_nothing(path):
    before = path.read_text()
    report = update_events_file(path, machine(), ARTICLES)
    assert (report.added, report.updated, report.kept, report.rejected) == (0, 0, 3, 0)
    assert not report.written
    assert path.read_text() == before


EDITS = [
    ("date", "2015-01-19"), ("end_date", "2015-01-21"), ("approximate", True),
    ("title", "Russia and Iran sign a defence pact"), ("summary", "A *long* summary."),
    ("tags", ["military", "treaty"]), ("actors", ["Russia", "Iran"]), ("places", ["Tehran"]),
    ("context", True), ("id", "defence-pact"),
]


@pytest.mark.parametrize(("field", "value"), EDITS, ids=[e[0] for e in EDITS])
def test_every_event_field_edit_survives(path, field, value):
    edit(path, lambda d: d["events"][2].__setitem__(field, value))
    for candidates, articles in [(machine(), ARTICLES), (machine_with_new_article(), NEW_ARTICLES)]:
        run_twice(path, candidates, articles)
        events = load_events(path).events
        edited = [e for e in events if getattr(e, field) == value]
        assert len(edited) == 1
        assert len([e for e in events if "deal" in e.sources[0].quote]) == 1


SOURCE_EDITS = [("quote", "They signed a DEAL on   Tuesday."), ("date_text", "Tuesday"),
                ("date", "2015-01-21"), ("rule", "hand"), ("reported", "2015-01-23")]


@pytest.mark.parametrize(("field", "value"), SOURCE_EDITS, ids=[e[0] for e in SOURCE_EDITS])
def test_every_source_field_edit_survives(path, field, value):
    edit(path, lambda d: d["events"][2]["sources"][0].__setitem__(field, value))
    run_twice(path, machine_with_new_article(), NEW_ARTICLES)
    deal = by_id(path)["2015-01-20-deal"]
    assert getattr(deal.sources[0], field) == value
    assert [s.article for s in deal.sources] == ["a1", "a2"]


def test_id_date_and_title_changed_together_still_recognised(path):
    def change(d):
        d["events"][2].update(id="pact", date="2015-01", title="Pact")
    edit(path, change)
    report, _ = run_twice(path, machine_with_new_article(), NEW_ARTICLES)
    assert report.added == 1 and report.updated == 1
    events = by_id(path)
    assert "2015-01-20-deal" not in events
    assert [s.article for s in events["pact"].sources] == ["a1", "a2"]


def test_rewritten_quote_is_recognised_by_id(path):
    edit(path, lambda d: d["events"][2]["sources"][0].__setitem__("quote", "Signed Tuesday."))
    run_twice(path)
    assert len(load_events(path).events) == 3


def test_deleted_event_does_not_come_back(path):
    edit(path, lambda d: d["events"].pop(1))
    first, second = run_twice(path)
    assert first.deleted == second.deleted == 1  # reported as deleted, not as rejected
    assert first.rejected == second.rejected == 0
    assert "2014-11-reactors" not in by_id(path)
    update_events_file(path, machine_with_new_article(), NEW_ARTICLES)
    assert "2014-11-reactors" not in by_id(path)
    assert "2015-10-drills" in by_id(path)


def test_deleted_event_stays_deleted_with_new_evidence(path):
    edit(path, lambda d: d["events"].pop(2))
    report, _ = run_twice(path, machine_with_new_article(), NEW_ARTICLES)
    assert (report.deleted, report.rejected) == (1, 0)
    assert "2015-01-20-deal" not in by_id(path)


def test_status_rejected_is_kept_and_gets_no_new_sources(path):
    edit(path, lambda d: d["events"][2].__setitem__("status", "rejected"))
    report, _ = run_twice(path, machine_with_new_article(), NEW_ARTICLES)
    deal = by_id(path)["2015-01-20-deal"]
    assert deal.status == "rejected" and len(deal.sources) == 1
    assert report.rejected == 1


def test_removed_source_is_not_re_added(path):
    update_events_file(path, machine_with_new_article(), NEW_ARTICLES)
    edit(path, lambda d: d["events"][2]["sources"].pop(1))
    run_twice(path, machine_with_new_article(), NEW_ARTICLES)
    assert [s.article for s in by_id(path)["2015-01-20-deal"].sources] == ["a1"]


def test_hand_added_events_stay(path):
    def add(d):
        d["events"].append({"id": "mine", "date": "2016", "title": "My event"})
        d["events"].insert(0, {"id": "mine-too", "date": "2013-05", "title": "Earlier",
                               "sources": [{"article": "a1", "quote": "Hand picked."}]})
    edit(path, add)
    run_twice(path, machine_with_new_article(), NEW_ARTICLES)
    events = by_id(path)
    assert events["mine"].title == "My event" and events["mine-too"].title == "Earlier"
    assert len(events) == 6


def test_comments_survive_and_stay_above_their_entry(path):
    text = path.read_text()
    text = text.replace("version: 1", "# my header note\nversion: 1  # format")
    text = text.replace("    title: Deal signed", "    # check with a second source\n"
                        "    title: Deal signed  # reworded later?")
    text = text.replace("  - id: 2014-11-reactors", "  # reactors below\n  - id: 2014-11-reactors")
    text = text.replace("        date: 2015-01-20\n", "        date: 2015-01-20  # eol\n"
                        "  # above the ledger\n")
    path.write_text(text + "# the end\n")
    extra = Event(id="2014-09-talks", date="2014-09", title="Talks",
                  sources=[src("a2", "Talks were held in September 2014.")])
    for _ in range(2):
        update_events_file(path, [*machine_with_new_article(), extra], NEW_ARTICLES)
    lines = path.read_text().splitlines()
    for comment in ["# my header note", "    # check with a second source"]:
        assert comment in lines
    assert "version: 1  # format" in lines
    assert "    title: Deal signed  # reworded later?" in lines
    assert "        date: 2015-01-20  # eol" in lines
    assert lines[lines.index("  # reactors below") + 1] == "  - id: 2014-11-reactors"
    ledger_comment = len(SEEN_COMMENT.splitlines())
    assert lines[lines.index("  # above the ledger") + 1 + ledger_comment] == "seen:"
    assert lines[-1] == "# the end"


def test_hand_order_is_kept_and_new_events_inserted_by_date(path):
    edit(path, lambda d: d["events"].reverse())
    run_twice(path, machine_with_new_article(), NEW_ARTICLES)
    assert [e.id for e in load_events(path).events] == [
        "2015-01-20-deal", "2014-11-reactors", "2014-08-visit", "2015-10-drills"]


def test_new_article_adds_only_new_events_and_sources(path):
    before = by_id(path)
    report = update_events_file(path, machine_with_new_article(), NEW_ARTICLES)
    assert (report.added, report.updated, report.kept, report.rejected) == (1, 1, 2, 0)
    assert (report.sources_added, report.articles_added) == (2, 1)
    after = by_id(path)
    assert set(after) == set(before) | {"2015-10-drills"}
    assert after["2014-11-reactors"] == before["2014-11-reactors"]
    assert set(load_events(path).articles) == {"a1", "a2"}


def test_article_edits_survive(path):
    edit(path, lambda d: d["articles"]["a1"].__setitem__("title", "Edited"))
    run_twice(path, machine_with_new_article(), NEW_ARTICLES)
    assert load_events(path).articles["a1"].title == "Edited"


def test_new_event_with_a_taken_id_gets_a_suffix(path):
    edit(path, lambda d: d["events"][0].__setitem__("id", "2015-10-drills"))
    update_events_file(path, machine_with_new_article(), NEW_ARTICLES)
    drills = by_id(path)["2015-10-drills-2"]
    assert drills.title == "Joint drills"


def test_broken_file_is_not_touched(path):
    path.write_text(path.read_text().replace("date: 2014-11", "date: 2014-13"))
    before = path.read_text()
    with pytest.raises(ProblemsError) as info:
        update_events_file(path, machine(), ARTICLES)
    assert "is not a real date (there is no month 13)" in str(info.value)
    assert path.read_text() == before


def test_output_does_not_depend_on_candidate_order(tmp_path):
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    update_events_file(a, machine_with_new_article(), NEW_ARTICLES)
    update_events_file(b, list(reversed(machine_with_new_article())), NEW_ARTICLES)
    assert a.read_text() == b.read_text()


def test_indentation_of_a_hand_formatted_file_is_kept(tmp_path):
    p = tmp_path / "events.yaml"
    p.write_text("version: 1\nevents:\n- id: mine\n  date: 2016\n  title: Mine\n")
    update_events_file(p, machine(), ARTICLES)
    assert "\n- id: mine\n  date: 2016\n  title: Mine\n" in p.read_text()


def test_empty_file_is_filled(tmp_path):
    p = tmp_path / "events.yaml"
    p.write_text("")
    assert update_events_file(p, machine(), ARTICLES).added == 3
    assert len(load_events(p).events) == 3


def test_one_sentence_can_date_two_events(tmp_path):
    p = tmp_path / "events.yaml"
    quote = "They signed on Tuesday and ratified on Friday."
    two = [Event(id="signed", date="2015-01-20", title="Signed",
                 sources=[Source(article="a1", quote=quote, date_text="on Tuesday")]),
           Event(id="ratified", date="2015-01-23", title="Ratified",
                 sources=[Source(article="a1", quote=quote, date_text="on Friday")])]
    first, second = run_twice(p, two)
    assert (first.added, second.kept) == (2, 2)
    assert sorted(by_id(p)) == ["ratified", "signed"]


BAD_CANDIDATES = [
    (Event(id="bad id", date="2015", title="T", sources=[src("a1", "Q one.")]),
     "candidate 'bad id'.id: 'bad id' is not a valid id (use letters, digits, '.', '_' and '-', "
     "starting with a letter or digit)"),
    (Event(id="e", date="2015-02-30", title="T", sources=[src("a1", "Q two.")]),
     "candidate 'e'.date: '2015-02-30' is not a real date (February 2015 has 28 days)"),
    (Event(id="e", date="2015-W03", title="T", sources=[src("a1", "Q three.")]),
     "candidate 'e'.date: '2015-W03' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
    (Event(id="e", date="2015", title=" ", sources=[src("a1", "Q four.")]),
     "candidate 'e'.title: must not be empty"),
    (Event(id="e", date="2015-03", end_date="2015-02", title="T", sources=[src("a1", "Q five.")]),
     "candidate 'e'.end_date: '2015-02' is before date '2015-03'"),
    (Event(id="e", date="2015", title="T", sources=[src("a1", "")]),
     "candidate 'e'.sources[0].quote: must not be empty"),
]


@pytest.mark.parametrize(("event", "message"), BAD_CANDIDATES, ids=[m for _, m in BAD_CANDIDATES])
def test_invalid_candidates_are_skipped_and_reported(path, event, message):
    before = path.read_text()
    report = update_events_file(path, [*machine(), event], ARTICLES)
    assert report.skipped == [message]
    assert report.summary().endswith(", 1 invalid skipped")
    assert path.read_text() == before


@pytest.mark.parametrize("text", ["null\n", "---\n", "~\n", "# started by hand\n\n"])
def test_empty_documents_are_filled(tmp_path, text):
    p = tmp_path / "events.yaml"
    p.write_text(text)
    assert update_events_file(p, machine(), ARTICLES).added == 3
    assert len(load_events(p).events) == 3
    if text.startswith("#"):
        assert p.read_text().startswith("# started by hand\n")


def test_a_skipped_candidate_is_added_once_it_is_valid(path):
    bad = Event(id="later", date="2015-02-30", title="Later", sources=[src("a1", "Later on.")])
    assert update_events_file(path, [*machine(), bad], ARTICLES).skipped
    good = Event(id="later", date="2015-02-28", title="Later", sources=[src("a1", "Later on.")])
    report = update_events_file(path, [*machine(), good], ARTICLES)
    assert (report.added, report.rejected, report.skipped) == (1, 0, [])
    assert by_id(path)["later"].date == "2015-02-28"


def test_windows_line_endings_are_kept(path):
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    update_events_file(path, machine_with_new_article(), NEW_ARTICLES)
    raw = path.read_bytes()
    assert raw.count(b"\n") == raw.count(b"\r\n") > 0
    assert "2015-10-drills" in by_id(path)


HAND_WRITTEN = """\
# Our chronology.
version: 1
articles:
  a1:   # the first one
    title: 'First report'
events:

  - id: mine
    date: "2016"
    title: A long title that an editor wrapped
      by hand over two lines
    tags: [one, two]
    summary: |
      Notes.

      # Not a comment: Markdown heading inside the summary
    sources:
      - article: a1
        quote: Hand picked.
  # about the next one
  - id: 2015-01-20-deal
    date: 2015-01-20
    title: Deal signed
    sources:
      - article: a1
        quote: They signed a deal on Tuesday.
        date_text: on Tuesday
        date: 2015-01-20

# ledger
seen:
  - a1#000000000000
# trailing note
"""


def _only_insertions(old: str, new: str) -> bool:
    ops = difflib.SequenceMatcher(None, old.splitlines(), new.splitlines()).get_opcodes()
    return all(tag in ("equal", "insert") for tag, *_ in ops)


def test_hand_written_file_only_gets_insertions(tmp_path):
    p = tmp_path / "events.yaml"
    p.write_text(HAND_WRITTEN)
    for _ in range(2):
        update_events_file(p, machine_with_new_article(), NEW_ARTICLES)
    new = p.read_text()
    assert _only_insertions(HAND_WRITTEN, new)
    events = by_id(p)
    assert events["mine"].title == "A long title that an editor wrapped by hand over two lines"
    assert events["mine"].summary.endswith("# Not a comment: Markdown heading inside the summary\n")
    assert [s.article for s in events["2015-01-20-deal"].sources] == ["a1", "a2"]
    assert set(events) == {"mine", "2015-01-20-deal", "2014-08-visit", "2014-11-reactors",
                           "2015-10-drills"}
    lines = new.splitlines()
    assert lines[lines.index("  # about the next one") + 1].startswith("  - id: ")
    assert lines[-1] == "# trailing note"


@pytest.mark.parametrize("text", [
    "events: [{id: mine, date: '2016', title: Mine}]\n",
    "version: 1\narticles: {}\nevents: []\nseen: []\n",
    "version: 1\nevents:\n  - id: mine\n    date: 2016\n    title: Mine\n    sources: []\n",
    "version: 1\nevents:\n  - id: mine\n    date: 2016\n    title: Mine",  # no final newline
])
def test_unusual_layouts_still_merge(tmp_path, text):
    p = tmp_path / "events.yaml"
    p.write_text(text)
    report = update_events_file(p, machine(), ARTICLES)
    assert report.added == 3
    hand = {"mine"} if "mine" in text else set()
    assert set(by_id(p)) == hand | {"2015-01-20-deal", "2014-11-reactors", "2014-08-visit"}


def test_a_comment_on_a_key_line_and_no_final_newline_keep_the_diff_small(path):
    text = path.read_text(encoding="utf-8").replace("events:\n", "events:  # the list\n", 1)
    path.write_text(text.rstrip("\n"), encoding="utf-8")
    before = path.read_text(encoding="utf-8").splitlines()
    update_events_file(path, machine_with_new_article(), NEW_ARTICLES)
    after = path.read_text(encoding="utf-8").splitlines()
    removed = [line for line in difflib.ndiff(before, after) if line.startswith("- ")]
    assert removed == []
    assert "events:  # the list" in after
