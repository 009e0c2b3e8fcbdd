"""The real-article set's tools: cache verification, re-collection list, facts check, split
rule, and the eval's scoring on a tiny invented article (CI has no cache of real texts)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))

import real_eval  # noqa: E402
import real_set  # noqa: E402

TEXT = ("Navy Exercise Begins\n\nPORTVILLE, March 3 (Example News) - The navies of Northland and "
        "Southland began a joint naval exercise on Tuesday, the defence ministry said.\n")


def _article(name: str, data: bytes, **extra) -> dict:
    article = {"id": name, "url": f"https://example.org/{name}", "published": "2021-03-03",
               "relationship": "north-south", "sha256": real_set.sha256_of(data),
               "sha256_normalized": real_set.normalized_sha256(data)}
    article.update(extra)
    return article


@pytest.fixture
def fake_set(tmp_path):
    """Three articles: one cached as measured, one missing, one changed; one whitespace-only."""
    cache = tmp_path / "cache"
    cache.mkdir()
    data = TEXT.encode("utf-8")
    articles = [_article("a_ok", data), _article("b_missing", data),
                _article("c_changed", data), _article("d_space", data)]
    (cache / "a_ok.txt").write_bytes(data)
    (cache / "c_changed.txt").write_bytes(data.replace(b"Tuesday", b"Monday"))
    (cache / "d_space.txt").write_bytes(TEXT.replace("joint naval", "joint\u00a0naval")
                                        .encode("utf-8"))
    facts = tmp_path / "articles.yaml"
    facts.write_text(yaml.safe_dump({"articles": articles}), encoding="utf-8")
    return cache, facts


def test_cache_states(fake_set):
    cache, facts = fake_set
    states = {s.id: s.state for s in real_set.cache_states(real_set.load_articles(facts), cache)}
    assert states == {"a_ok": "ok", "b_missing": "missing", "c_changed": "changed",
                      "d_space": "whitespace"}


def test_verify_fails_on_missing_or_changed(fake_set, capsys):
    cache, facts = fake_set
    assert real_set.main(["verify", "--cache", str(cache), "--articles", str(facts)]) == 1
    out = capsys.readouterr().out
    assert "b_missing: missing" in out and "c_changed: changed" in out
    assert "d_space: differs from the measured copy only in whitespace" in out
    assert "4 articles: 1 ok, 1 whitespace, 1 missing, 1 changed" in out


def test_verify_passes_when_only_whitespace_differs(fake_set, capsys):
    cache, facts = fake_set
    (cache / "b_missing.txt").write_bytes(TEXT.encode("utf-8"))
    (cache / "c_changed.txt").write_bytes(TEXT.encode("utf-8"))
    assert real_set.main(["verify", "--cache", str(cache), "--articles", str(facts)]) == 0


def test_list_prints_urls_to_recollect(fake_set, capsys):
    cache, facts = fake_set
    real_set.main(["list", "--cache", str(cache), "--articles", str(facts)])
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["b_missing\thttps://example.org/b_missing",
                     "c_changed\thttps://example.org/c_changed"]
    real_set.main(["list", "--all", "--cache", str(cache), "--articles", str(facts)])
    assert len(capsys.readouterr().out.splitlines()) == 4


def test_which_and_add_recollect_a_text_by_its_url(tmp_path):
    data = TEXT.encode("utf-8")
    cache = tmp_path / "cache"
    entries = [(_article("a_one", data, url="https://www.example.org/news/%D0%B0/"), cache)]
    # the store may write the URL without www, scheme or escapes: it is the same page
    assert real_set.which(["http://example.org/news/а", "https://example.org/other"],
                          entries) == ["http://example.org/news/а\ta_one\tmissing",
                                       "https://example.org/other\tnot in the set"]
    status, lines = real_set.add("https://example.org/news/а", data.replace(b"Tuesday", b"Monday"),
                                 entries)
    assert status == 1 and "matches neither hash" in lines[0]
    assert not (cache / "a_one.txt").exists()
    spaced = TEXT.replace("joint naval", "joint\u00a0naval").encode("utf-8")
    assert real_set.add("https://example.org/news/а", spaced, entries) == (
        0, ["a_one: saved (whitespace)"])
    assert real_set.which(["https://example.org/news/а"], entries)[0].endswith("\twhitespace")
    assert real_set.add("https://example.org/nowhere", data, entries)[0] == 1


def test_split_rule_keeps_merge_groups_together():
    articles = [{"id": "x1", "events": [{"same_as": ["x2#0"]}]},
                {"id": "x2", "events": [{"same_as": ["x1#0"]}]},
                {"id": "x3", "events": []}]
    member = real_set.groups(articles)
    assert member["x1"] == member["x2"] == ["x1", "x2"] and member["x3"] == ["x3"]
    assert real_set.split_of(["x2", "x1"]) == real_set.split_of(["x1"])
    assert real_set.split_of(["x1"]) in real_set.SPLITS


def test_committed_facts_are_consistent():
    """The committed set: links, splits and topics check out (no cache needed)."""
    articles = real_set.load_articles()
    assert real_set.check_facts(articles, real_set.load_topics()) == []
    assert len(articles) >= 60
    assert len({a["outlet"] for a in articles}) >= 15
    splits = [a["split"] for a in articles]
    assert {"dev", "held-out"} == set(splits)


def test_committed_topics_load_with_the_project_loader(tmp_path):
    for name, settings in real_set.load_topics().items():
        config = real_eval.site_config(settings, tmp_path, name)
        assert len(config.topic.actors) == 2, name
        assert config.topic.terms and config.period[0] <= config.period[1]


def test_store_stamp_is_removed(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text(" date 2019-07-12 Turkey said Friday ...", encoding="utf-8")
    assert real_eval.article_text(path) == "Turkey said Friday ..."
    path.write_text("No stamp date 2019-07-12 here", encoding="utf-8")
    assert real_eval.article_text(path).startswith("No stamp")


def test_evaluate_scores_an_invented_article(tmp_path):
    """End to end on one invented article: the gold event is found, merges need two."""
    cache = tmp_path / "cache"
    cache.mkdir()
    data = TEXT.encode("utf-8")
    (cache / "n1.txt").write_bytes(data)
    gold = {"date": "2021-03-02", "keywords": ["exercise"]}
    article = _article("n1", data, split="dev", text_has_year=False, events=[gold],
                       not_dates=["2020"])
    topics = {"north-south": {"title": "North–South", "period": {"start": 2000, "end": 2025},
                              "topic": {"actors": {"North": ["Northland"],
                                                   "South": ["Southland"]},
                                        "terms": ["naval", "exercise"]}}}
    scores, skipped = real_eval.evaluate(("dev",), "given", cache, [article], topics)
    score = scores["dev"]
    assert skipped == []
    assert (score.gold, score.found, score.articles) == (1, 1, 1)
    assert score.titles >= 1 and score.merges == 0
    lines = real_eval.report(scores, "given")
    assert lines[0].startswith("dev") and "R 100.0" in lines[0]
    scores, skipped = real_eval.evaluate(("dev",), "given", tmp_path / "empty", [article],
                                         topics)
    assert skipped == ["n1"] and scores["dev"].articles == 0


def test_evaluate_counts_a_page_the_reader_refuses_as_giving_nothing(tmp_path):
    """A cached page with no line that reads as a story (the reader refuses it) is measured
    as an article that gave no event: its gold is missed, its merge pair is not found, and
    the run goes on to the next article instead of failing."""
    cache = tmp_path / "cache"
    cache.mkdir()
    menu = b"Home\nWorld\nDefence\nContact us\n"
    (cache / "n1.txt").write_bytes(menu)
    (cache / "n2.txt").write_bytes(TEXT.encode("utf-8"))
    topics = {"north-south": {"title": "North–South", "period": {"start": 2000, "end": 2025},
                              "topic": {"actors": {"North": ["Northland"],
                                                   "South": ["Southland"]},
                                        "terms": ["naval", "exercise"]}}}
    gold = {"date": "2021-03-02", "keywords": ["exercise"]}
    refused = _article("n1", menu, split="dev", text_has_year=False,
                       events=[dict(gold, same_as=["n2#0"])])
    read = _article("n2", TEXT.encode("utf-8"), split="dev", text_has_year=False,
                    events=[dict(gold, same_as=["n1#0"])])
    for mode in ("given", "text"):
        scores, skipped = real_eval.evaluate(("dev",), mode, cache, [refused, read], topics)
        score = scores["dev"]
        assert skipped == [] and (score.articles, score.gold) == (2, 2)
        assert (score.merges, score.merges_found) == (1, 0)
        assert score.found == (1 if mode == "given" else 0)  # the text alone states no year
        assert any(line.startswith("n1: refused by the reader") for line in score.errors)


def test_evaluate_skips_a_merge_pair_whose_other_text_is_missing(tmp_path):
    """A same_as partner whose text is not cached is skipped, whichever side of the pair it is."""
    cache = tmp_path / "cache"
    cache.mkdir()
    data = TEXT.encode("utf-8")
    (cache / "n2.txt").write_bytes(data)
    topics = {"north-south": {"title": "North–South", "period": {"start": 2000, "end": 2025},
                              "topic": {"actors": {"North": ["Northland"],
                                                   "South": ["Southland"]},
                                        "terms": ["naval", "exercise"]}}}
    gold = [{"date": "2021-03-02", "keywords": ["exercise"], "same_as": ["n2#0"]}]
    absent = _article("n1", data, split="dev", text_has_year=False, events=gold)
    present = _article("n2", data, split="dev", text_has_year=False,
                       events=[dict(gold[0], same_as=["n1#0"])])
    scores, skipped = real_eval.evaluate(("dev",), "given", cache, [absent, present], topics)
    assert skipped == ["n1"]
    assert (scores["dev"].articles, scores["dev"].merges) == (1, 0)


def test_or_dates_and_merge_pairs():
    class Event:
        date = "2021-03"
        title = "Navies hold exercise"
        sources = []
    gold = {"date": "2021-03-02", "or_dates": ["2021-03"], "keywords": ["exercise"]}
    assert real_eval.matches(Event(), gold)
    assert not real_eval.matches(Event(), {"date": "2021-03-02", "keywords": ["exercise"]})
    articles = [{"id": "a", "events": [{"same_as": ["b#0"]}]},
                {"id": "b", "events": [{"same_as": ["a#0"]}]}]
    assert real_eval.merge_pairs(articles) == {("a#0", "b#0")}


def test_wrong_merge_counts_only_unlinked_gold_events():
    from chronology.events.model import Event, Source

    articles = {
        "a": {"id": "a", "events": [
            {"date": "2021-03-02", "keywords": ["exercise"], "same_as": ["b#0"]},
            {"date": "2021-03-02", "keywords": ["visit"]}]},
        "b": {"id": "b", "events": [
            {"date": "2021-03-02", "keywords": ["drill"], "same_as": ["a#0"]}]},
    }
    groups = real_eval._linked(real_eval.merge_pairs(list(articles.values())))

    def merged(*quotes):
        return Event(id="e", date="2021-03-02", title="t", sources=[
            Source(article=name, quote=quote, date="2021-03-02") for name, quote in quotes])

    assert not real_eval.wrong_merge(merged(("a", "The exercise began."),
                                            ("b", "The drill began.")), articles, groups)
    assert real_eval.wrong_merge(merged(("a", "The visit began."),
                                        ("b", "The drill began.")), articles, groups)
    # a source telling no gold event (an extra) says nothing either way
    assert not real_eval.wrong_merge(merged(("a", "The visit began."),
                                            ("b", "Ships sailed.")), articles, groups)


def test_a_topic_written_twice_is_refused_with_its_line(tmp_path):
    # two rounds merged by hand may both add one relationship: a plain load keeps the last
    # copy and silently drops the first one's names
    topics = tmp_path / "topics.yaml"
    topics.write_text("north-south:\n  title: A\nwest-east:\n  title: B\n"
                      "north-south:\n  title: C\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"topics\.yaml:5: duplicate key 'north-south' "
                                         r"\(first at line 1\)"):
        real_set.load_topics(topics)


def test_the_facts_files_load_with_every_key_once():
    assert real_set.load_topics()
    for path in real_set.FACTS.values():
        assert real_set.load_articles(path)


def test_an_article_collected_twice_must_be_marked_and_is_measured_once(tmp_path):
    """The same page collected by two rounds (same URL or same text) is refused until one copy
    names the other in ``duplicate_of``; the marked copy is never measured, so a held-out copy
    of a dev text cannot score as unseen, and the pair is no merge to find."""
    data = TEXT.encode("utf-8")
    first = _article("n1", data, split="dev", text_has_year=False,
                     events=[{"date": "2021-03-02", "keywords": ["exercise"]}])
    again = _article("n9", data, split="held-out", text_has_year=False,
                     events=[{"date": "2021-03-02", "keywords": ["exercise"]}],
                     url=first["url"])
    topics = {"north-south": {"title": "North–South", "period": {"start": 2000, "end": 2025},
                              "topic": {"actors": {"North": ["Northland"],
                                                   "South": ["Southland"]},
                                        "terms": ["naval", "exercise"]}}}
    problems = [p for p in real_set.check_facts([first, again], topics) if "same URL" in p]
    assert problems == ["n9: the same URL or text as n1: mark one of the two 'duplicate_of' "
                        "the other"]
    other_url = dict(again, url="https://example.org/elsewhere")  # same text, another URL
    assert any("same URL or text" in p for p in real_set.check_facts([first, other_url], topics))
    for pair in ([first, dict(again, duplicate_of="n1")], [dict(first, duplicate_of="n9"), again]):
        assert real_set.check_facts(pair, topics) == []
        assert len(real_set.measured(pair)) == 1
        assert real_set.measured(pair)[0].get("duplicate_of") is None
    wrong = dict(again, duplicate_of="n5")
    assert "n9: duplicate_of 'n5': no such other article" in real_set.check_facts(
        [first, wrong], topics)
    stranger = _article("n5", b"another text", split="dev", text_has_year=False, events=[])
    assert any("another URL and text" in p for p in real_set.check_facts(
        [first, dict(stranger, duplicate_of="n1")], topics))
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "n1.txt").write_bytes(data)
    (cache / "n9.txt").write_bytes(data)
    scores, _ = real_eval.evaluate(("dev", "held-out"), "given", cache,
                                   [first, dict(again, duplicate_of="n1")], topics)
    assert (scores["dev"].articles, scores["held-out"].articles) == (1, 0)


def test_merges_count_the_pairs_both_of_whose_events_were_found(tmp_path):
    """The merge rules' own figure: a ``same_as`` pair counts as "both found" only when an
    extracted event matched each gold event; a pair with one side missed is no test of
    merging, and the dev errors say which side was not found."""
    cache = tmp_path / "cache"
    cache.mkdir()
    other = ("Drill Starts\n\nEASTPORT, March 3 (Sample Wire) - Northland and Southland "
             "warships began a joint naval exercise on Tuesday, officials said.\n")
    (cache / "n1.txt").write_bytes(TEXT.encode("utf-8"))
    (cache / "n2.txt").write_bytes(other.encode("utf-8"))
    topics = {"north-south": {"title": "North–South", "period": {"start": 2000, "end": 2025},
                              "topic": {"actors": {"North": ["Northland"],
                                                   "South": ["Southland"]},
                                        "terms": ["naval", "exercise"]}}}

    def pair(keyword_b):
        first = _article("n1", TEXT.encode("utf-8"), split="dev", text_has_year=False,
                         events=[{"date": "2021-03-02", "keywords": ["exercise"],
                                  "same_as": ["n2#0"]}])
        second = _article("n2", other.encode("utf-8"), split="dev", text_has_year=False,
                          events=[{"date": "2021-03-02", "keywords": [keyword_b],
                                   "same_as": ["n1#0"]}])
        scores, _ = real_eval.evaluate(("dev",), "given", cache, [first, second], topics)
        return scores["dev"]

    both = pair("warships")
    assert (both.merges, both.merges_found) == (1, 1)
    assert (both.pairs_both_found, both.merges_both_found) == (1, 1)
    assert "both found: 1, merged 1, wrong 0" in real_eval.report({"dev": both}, "given")[0]
    one = pair("submarines")  # no extracted event tells submarines: n2's gold is missed
    assert (one.merges, one.merges_found, one.pairs_both_found, one.merges_both_found) == \
        (1, 0, 0, 0)
    assert any(line.endswith("not found: n2#0)") for line in one.errors)
