"""An editor's decision survives a corrected article: a reworded source sentence is the same
evidence when it supports the same event (same article, same date, strongly similar words)."""

from __future__ import annotations

import re

import pytest
from test_events_reconcile import edit  # an editor's change, saved

from chronology.events.evidence import extends, similarity, sketch
from chronology.events.model import ArticleInfo, Event, Source
from chronology.events.store import load_events, update_events_file

ARTICLES = {"a1": ArticleInfo(id="a1", title="Report", reported="2015-01-22")}
DEAL = ("Russia and Iran signed on Tuesday an intergovernmental agreement on military "
        "cooperation during the visit of Russian Defense Minister Sergei Shoigu to Tehran.")
DRILLS = "Iranian and Russian warships held joint naval drills in the Caspian Sea on Thursday."
CORRECTED = {  # what a corrected article says instead
    "typo": DEAL.replace("intergovernmental", "intergovermental").replace("Shoigu", "Shoygu"),
    "reworded": ("On Tuesday, Russia and Iran signed an intergovernmental agreement on military "
                 "cooperation during a visit to Tehran by Russian Defense Minister Sergei Shoigu."),
    "trimmed": ("Russia and Iran signed on Tuesday an intergovernmental agreement on military "
                "cooperation during the visit of Defense Minister Shoigu to Tehran."),
}
# a newer extractor quotes the next sentence too (under 60 % of the words in common)
EXTENDED = DEAL + (" The document provides for joint exercises, training of officers, exchanges "
                   "of cadets and consultations between general staffs every year, according to "
                   "the ministry.")


def machine(deal_quote: str = DEAL) -> list[Event]:
    return [
        Event(id="2015-01-20-russia-and-iran-sign-agreement", date="2015-01-20",
              title="Russia and Iran sign agreement",
              sources=[Source(article="a1", quote=deal_quote, date_text="on Tuesday",
                              date="2015-01-20")]),
        Event(id="2015-01-22-joint-naval-drills", date="2015-01-22", title="Joint naval drills",
              sources=[Source(article="a1", quote=DRILLS, date_text="on Thursday",
                              date="2015-01-22")]),
    ]


@pytest.fixture
def path(tmp_path):
    p = tmp_path / "events.yaml"
    update_events_file(p, machine(), ARTICLES)
    return p


def ids(path) -> list[str]:
    return [e.id for e in load_events(path).events]


@pytest.mark.parametrize("kind", sorted(CORRECTED))
def test_a_deleted_event_stays_deleted_after_its_sentence_is_corrected(path, kind):
    edit(path, lambda d: d["events"].pop(0))
    report = update_events_file(path, machine(CORRECTED[kind]), ARTICLES)
    assert ids(path) == ["2015-01-22-joint-naval-drills"]
    assert (report.added, report.deleted, report.rejected) == (0, 1, 0)
    assert ", 0 rejected, 1 deleted" in report.summary()


@pytest.mark.parametrize("kind", sorted(CORRECTED))
def test_an_edited_event_is_not_duplicated_after_its_sentence_is_corrected(path, kind):
    def change(d):
        d["events"][0].update(id="pact", title="The defence pact")
    edit(path, change)
    report = update_events_file(path, machine(CORRECTED[kind]), ARTICLES)
    assert ids(path) == ["pact", "2015-01-22-joint-naval-drills"]
    pact = load_events(path).events[0]
    assert pact.title == "The defence pact" and [s.quote for s in pact.sources] == [DEAL]
    assert (report.added, report.kept) == (0, 2)
    again = update_events_file(path, machine(CORRECTED[kind]), ARTICLES)
    assert (again.added, again.kept, again.written) == (0, 2, False)


def test_a_quote_extended_or_cut_back_is_the_same_evidence(tmp_path):
    assert similarity(sketch(DEAL), sketch(EXTENDED)) < 0.6
    for first, then in ((DEAL, EXTENDED), (EXTENDED, DEAL)):
        path = tmp_path / f"{len(first)}.yaml"
        update_events_file(path, machine(first), ARTICLES)
        edit(path, lambda d: d["events"][0].update(title="The defence pact"))
        report = update_events_file(path, machine(then), ARTICLES)
        assert (report.added, report.updated, report.kept) == (0, 0, 2)
        assert [s.quote for s in load_events(path).events[0].sources] == [first]
        assert not update_events_file(path, machine(then), ARTICLES).written


def test_a_quote_that_holds_the_words_inside_another_act_is_new(tmp_path):
    # review rv16: "After Russia and Iran signed …, their navies began drills" is another act
    path = tmp_path / "events.yaml"
    update_events_file(path, machine(), ARTICLES)
    edit(path, lambda d: d["events"][0].update(title="The defence pact"))
    drills = Event(id="2015-01-20-drills", date="2015-01-20", title="Drills",
                   sources=[Source(article="a1", quote="On Tuesday, after " + DEAL[:-1] +
                                   ", their navies began joint drills in the Caspian Sea with "
                                   "twelve warships, four submarines and naval aviation units "
                                   "from both fleets.", date_text="On Tuesday", date="2015-01-20")])
    assert similarity(sketch(DEAL), sketch(drills.sources[0].quote)) < 0.6
    assert update_events_file(path, [*machine(), drills], ARTICLES).added == 1
    assert not extends(DEAL, drills.sources[0].quote)
    assert not extends("Talks on Tuesday.", DEAL + " Talks on Tuesday.")  # too few words


def test_a_removed_source_is_not_re_added_after_its_sentence_is_corrected(path):
    second = Source(article="a2", quote="The two countries signed a defence pact on Tuesday.",
                    date_text="on Tuesday", date="2015-01-20")
    first = machine()
    first[0].sources.append(second)
    update_events_file(path, first, {**ARTICLES, "a2": ArticleInfo(id="a2")})
    edit(path, lambda d: d["events"][0]["sources"].pop(1))
    second.quote = "The two countries signed a defense pact on Tuesday."  # corrected spelling
    update_events_file(path, first, {**ARTICLES, "a2": ArticleInfo(id="a2")})
    assert [s.article for s in load_events(path).events[0].sources] == ["a1"]


@pytest.mark.parametrize("quote", [
    DRILLS,  # another event's sentence
    "Russia and Iran agreed on Tuesday to hold naval drills in the Persian Gulf next spring.",
])
def test_a_different_sentence_of_the_same_article_and_date_is_new_evidence(path, quote):
    edit(path, lambda d: d["events"].pop(0))
    other = Event(id="2015-01-20-other", date="2015-01-20", title="Other",
                  sources=[Source(article="a1", quote=quote, date_text="on Tuesday",
                                  date="2015-01-20")])
    report = update_events_file(path, [other], ARTICLES)
    assert report.added == 1 and "2015-01-20-other" in ids(path)


def test_the_same_words_on_another_date_are_another_event(path):
    edit(path, lambda d: d["events"].pop(0))
    moved = machine(CORRECTED["typo"])[0]
    moved.date = moved.sources[0].date = "2015-01-27"
    assert update_events_file(path, [moved], ARTICLES).added == 1


def test_an_old_ledger_still_works_and_gets_the_new_entries_with_the_next_change(path):
    text = path.read_text(encoding="utf-8")
    old = re.sub(r"^(  - a1#[0-9a-f]{12}) \S+ \S+$", r"\1", text, flags=re.M)
    assert old != text
    path.write_text(old, encoding="utf-8")  # a ledger written before fingerprints
    edit(path, lambda d: d["events"].pop(0))
    report = update_events_file(path, machine(), ARTICLES)  # exact evidence: still deleted
    assert (report.deleted, report.written) == (1, False)  # and nothing rewritten for it
    more = [*machine(), Event(id="2016-x", date="2016", title="New",
                              sources=[Source(article="a1", quote="Later in 2016.")])]
    assert update_events_file(path, more, ARTICLES).added == 1
    ledger = load_events(path)
    assert ledger is not None
    seen = [line.strip()[2:] for line in path.read_text(encoding="utf-8").split("\n")
            if line.startswith("  - a1#")]
    assert all(len(entry.split(" ")) in (1, 3) for entry in seen)
    assert sum(len(entry.split(" ")) == 3 for entry in seen) == 3
