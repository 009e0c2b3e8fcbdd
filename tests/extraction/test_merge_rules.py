"""Merging the same event across articles: invented reports of one event by different
outlets, and near misses that must stay apart (issue 9 item 8)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from one_article import merged_sources

from chronology.articles import read_article
from chronology.config import load_config
from chronology.events.model import Event, Source
from chronology.extraction import analyse_article, merge_results
from chronology.extraction.grouping import cluster_block
from chronology.extraction.merge import merge_candidates
from chronology.extraction.model import from_event
from chronology.extraction.pipeline import extract_events
from chronology.extraction.sameness import match_score
from chronology.extraction.shared_names import names_in

REPO = Path(__file__).resolve().parents[2]
CONFIG = load_config(REPO / "content" / "site.yaml")
HEAD = "---\npublished: {}\n---\n"

# One programme named by two outlets in different words.
NAMED_A = (HEAD.format("2021-03-03") + "TEHRAN, March 3 (Example Wire) - Iran and Russia on "
           "Tuesday approved the Sepehr-Volga framework for training Iranian air defence crews, "
           "officials said.\n")
NAMED_B = (HEAD.format("2021-03-03") + "MOSCOW (Example News) - Russian and Iranian generals put "
           "their names on Tuesday to Sepehr-Volga, a scheme under which Iranian air defence "
           "crews will study in Russia.\n")
UNNAMED_B = NAMED_B.replace("to Sepehr-Volga, a scheme", "to a scheme")
# One patrol told in different words; a third report shares no phrase of three words.
PATROL_A = (HEAD.format("2022-11-05") + "TEHRAN (Example Wire) - Iranian and Russian bombers "
            "flew a joint strategic air patrol over the Caspian Sea on Friday, the ninth such "
            "mission, state television reported.\n")
PATROL_B = (HEAD.format("2022-11-05") + "MOSCOW, Nov. 5 (Example News) - Russia's defence "
            "ministry said its aircraft and Iran's had carried out a joint strategic air patrol "
            "on Friday, escorted by fighters.\n")
PATROL_C = PATROL_B.replace("joint strategic air patrol on", "joint patrol over the Caspian on")
# Two acts of one day naming the same sources and sea: names that many acts share.
DOCKING = (HEAD.format("2021-03-03") + "TEHRAN (Example Wire) - Three Russian warships docked at "
           "the Caspian port of Anzali on Tuesday for a four-day visit, the IRGC navy told "
           "IRNA.\n")
CASPIAN_TALKS = (HEAD.format("2021-03-03") + "TEHRAN (Example News) - Iran and Russia agreed on "
                 "Tuesday to expand cooperation on Caspian security, IRNA reported, quoting an "
                 "IRGC commander.\n")
GUARDS_HOST = (HEAD.format("2021-03-03") + "TEHRAN (Example Wire) - The Islamic Revolution Guards "
               "Corps navy welcomed three Russian warships to Bandar Abbas on Tuesday.\n")
GUARDS_TALKS = (HEAD.format("2021-03-03") + "TEHRAN (Example News) - A Russian general met "
                "commanders of the Islamic Revolution Guards Corps in Tehran on Tuesday to "
                "discuss drone training.\n")
# Two acts of one day in one port: a place in common is not an event in common.
PORT_CALL = (HEAD.format("2022-11-05") + "TEHRAN (Example Wire) - A Russian destroyer docked at "
             "Bandar Abbas on Friday for a three-day port call, Iran's navy said.\n")
PORT_TALKS = (HEAD.format("2022-11-05") + "TEHRAN (Example News) - Iran's navy commander "
              "Shahram Irani met Russian naval attache Ivan Petrov at Bandar Abbas on Friday to "
              "discuss training, Iran's navy said.\n")
# One article, two documents of one occasion: the second quotes the first as its context.
TWO_DOCUMENTS = (HEAD.format("2015-01-21") + "TEHRAN (Example Wire) - Russia and Iran signed a "
                 "military cooperation agreement on Tuesday during a visit by the Russian "
                 "defence minister. A memorandum on training naval officers was also signed.\n")
# The signing and the talks of one day, each told by two articles; the second article
# tells the talks first.
SIGNING_A = (HEAD.format("2015-01-21") + "TEHRAN (Example Wire) - Russia and Iran signed an "
             "intergovernmental agreement on military cooperation on Tuesday. On Tuesday, "
             "after his talks with the Russian minister, Iranian Defence Minister Hossein "
             "Dehghan said that Moscow and Tehran agreed to counter meddling in the region.\n")
SIGNING_B = (HEAD.format("2015-01-21") + "MOSCOW (Example News) - The Russian and Iranian "
             "defence ministers stressed on Tuesday the importance of intergovernmental "
             "cooperation aimed at countering meddling by outside forces. Russia and Iran "
             "signed on Tuesday an intergovernmental agreement on military cooperation.\n")


def _events(tmp_path, texts: dict[str, str]):
    results = []
    for name, text in texts.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        results.append(analyse_article(read_article(path), CONFIG))
    return merge_results(results, CONFIG)


def _sources(events) -> list[list[str]]:
    return sorted(sorted(s.article for s in e.sources) for e in events)


@pytest.mark.parametrize(("texts", "together"), [
    ((NAMED_A, NAMED_B), True),  # "the Sepehr-Volga framework" / "sets up Sepehr-Volga"
    ((NAMED_A, UNNAMED_B), False),  # without the name: "air defence crews" is not enough
    ((PATROL_A, PATROL_B), True),  # "joint strategic air patrol", the same day
    ((PATROL_A, PATROL_C), False),  # "joint patrol": no phrase of four words in common
    ((PORT_CALL, PORT_TALKS), False),  # only the place in common
    ((DOCKING, CASPIAN_TALKS), False),  # only "Caspian", "IRGC", "IRNA" in common
    ((GUARDS_HOST, GUARDS_TALKS), False),  # only "the Islamic Revolution Guards Corps"
])
def test_reports_of_one_day_merge_by_a_name_or_a_phrase_they_share(tmp_path, texts, together):
    events = _events(tmp_path, {"a1.md": texts[0], "b2.md": texts[1]})
    assert _sources(events) == ([["a1", "b2"]] if together else [["a1"], ["b2"]])


def test_a_second_document_of_one_article_stays_a_second_event(tmp_path):
    events = _events(tmp_path, {"a1.md": TWO_DOCUMENTS})
    assert sorted(e.title for e in events) == ["Memorandum on training naval officers signed",
                                               "Russia and Iran sign military cooperation "
                                               "agreement"]


def test_each_report_joins_its_best_match_not_the_first_it_meets(tmp_path):
    events = _events(tmp_path, {"a1.md": SIGNING_A, "b2.md": SIGNING_B})
    signing = [e for e in events if "sign" in e.title.lower()]
    assert len(signing) == 1
    assert [s.article for s in signing[0].sources] == ["a1", "b2"]
    assert all("signed" in s.quote for s in signing[0].sources)


def test_the_merge_does_not_depend_on_the_order_of_its_input(tmp_path):
    texts = {"a1.md": SIGNING_A, "b2.md": SIGNING_B, "c3.md": PATROL_A, "d4.md": PATROL_B,
             "e5.md": NAMED_A, "f6.md": NAMED_B, "g7.md": TWO_DOCUMENTS}
    results = []
    for name, text in texts.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        results.append(analyse_article(read_article(path), CONFIG))
    candidates = [c for r in results for c in r.found]
    expected = [(e.id, e.date, e.title, [s.article for s in e.sources])
                for e in merge_candidates(list(candidates))]
    for seed in range(5):
        random.Random(seed).shuffle(candidates)
        assert [(e.id, e.date, e.title, [s.article for s in e.sources])
                for e in merge_candidates(list(candidates))] == expected


def test_the_events_file_does_not_depend_on_the_order_the_articles_are_given(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    texts = {"a1.md": SIGNING_A, "b2.md": SIGNING_B, "c3.md": PATROL_A, "d4.md": PATROL_B}
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    paths = sorted(folder.iterdir())
    outputs = set()
    for seed in range(3):
        random.Random(seed).shuffle(paths)
        out = tmp_path / f"events-{seed}.yaml"
        extract_events(list(paths), out, CONFIG)
        outputs.add(out.read_bytes())
    assert len(outputs) == 1


def _partition(block, scores, groups=None, fits=lambda c, i: True):
    """``cluster_block`` on named candidates ("x1": article x) with a table of scores."""
    def score(a, b):
        return scores.get(frozenset((a, b)), 0.0)
    placed = cluster_block(block, groups or {}, lambda c: c[0], score, fits, lambda c: c)
    return sorted((group, sorted(block[i] for i in members)) for group, members in placed)


def test_grouping_takes_the_best_links_first_whatever_the_order():
    scores = {frozenset(("x1", "y1")): 1.0, frozenset(("x1", "y2")): 3.0,
              frozenset(("y2", "z1")): 2.0, frozenset(("y1", "z1")): 1.5}
    block = ["x1", "y1", "y2", "z1"]
    expected = [(None, ["x1", "y2", "z1"]), (None, ["y1"])]
    for seed in range(6):
        random.Random(seed).shuffle(block)
        assert _partition(list(block), scores) == expected


def test_two_acts_of_one_article_are_never_grouped_through_a_third_report():
    scores = {frozenset(("x1", "y1")): 2.0, frozenset(("x1", "y2")): 1.5}
    assert _partition(["x1", "y1", "y2"], scores) == [(None, ["x1", "y1"]), (None, ["y2"])]
    scores[frozenset(("y1", "y2"))] = 0.5  # a standfirst repeating the lead: one event
    assert _partition(["x1", "y1", "y2"], scores) == [(None, ["x1", "y1", "y2"])]


def test_a_cluster_joins_one_earlier_group_at_most_and_only_where_it_fits():
    earlier = {0: ["g0"], 1: ["g1"]}
    scores = {frozenset(("x1", "g0")): 2.0, frozenset(("y1", "g1")): 2.0,
              frozenset(("x1", "y1")): 3.0}
    assert _partition(["x1", "y1"], scores, earlier) == [(0, ["x1", "y1"])]
    refused = _partition(["x1", "y1"], scores, earlier, fits=lambda c, i: (c, i) != ("y1", 0))
    assert refused == [(1, ["x1", "y1"])]  # y1 may not join group 0: both join group 1
    nowhere = _partition(["x1", "y1"], scores, earlier, fits=lambda c, i: c != "y1")
    assert nowhere == [(None, ["x1", "y1"])]


@pytest.mark.parametrize(("text", "names"), [
    ("MANILA, Philippines -- Marcos approved four more EDCA sites on Friday.", {"EDCA"}),
    ("Egypt ordered 30 Rafale planes from France, the Egyptian army said.", {"RAFALE"}),
    ("“So we carried out trials,” Rajan said on Friday in New Delhi.", {"RAJAN"}),
    ("President Putin met Defence Minister Shoigu in Moscow in March.", {"PUTIN", "SHOIGU"}),
    ("The two leaders met in North Korea and South Africa.", set()),
])
def test_names_are_neither_first_words_titles_months_nor_places(text, names):
    assert names_in(text) == names


def _candidate(article: str, quote: str, title: str):
    event = Event(id="e", date="2015-01-20", title=title, tags=["agreement"],
                  actors=["Russia", "Iran"],
                  sources=[Source(article=article, quote=quote, date="2015-01-20")])
    return from_event(event)


def test_within_one_article_a_shared_context_sentence_does_not_make_two_acts_one():
    lead = "Russia and Iran signed a military cooperation agreement on Tuesday."
    also = lead + " … A memorandum on naval training was also signed."
    signing = _candidate("a1", lead, "Russia and Iran sign agreement")
    memorandum = _candidate("a1", also, "Memorandum on naval training signed")
    assert match_score(signing, memorandum) == 0
    assert match_score(signing, _candidate("b2", also, "Memorandum signed")) > 0
    assert match_score(signing, _candidate("a1", lead, "Russia, Iran sign agreement")) > 0


@given(st.lists(st.tuples(st.sampled_from("xyz"), st.integers(0, 3)), min_size=2, max_size=7,
                unique=True),
       st.randoms(use_true_random=False), st.data())
def test_any_grouping_is_the_same_in_any_order(names, rng, data):
    block = [f"{article}{n}" for article, n in names]
    pairs = [frozenset((a, b)) for i, a in enumerate(block) for b in block[i + 1:]]
    values = data.draw(st.lists(st.integers(0, 50), min_size=len(pairs), max_size=len(pairs),
                                unique=True))  # distinct scores: no ties to break by order
    scores = {pair: value / 10 for pair, value in zip(pairs, values, strict=True)}
    expected = _partition(list(block), scores)
    rng.shuffle(block)
    assert _partition(block, scores) == expected


# Two people seen together on one day, told by two outlets in other words and no kind in common.
TOGETHER_A = (HEAD.format("2023-08-02") + "KARACHI (Example Wire) - Russian Deputy Prime Minister "
              "Yuri Borisov and Iranian Vice President Mohammad Mokhber on Wednesday jointly "
              "inaugurated a drone plant near Isfahan under a cooperation project.\n")
TOGETHER_B = (HEAD.format("2023-08-02") + "TEHRAN (Example News) - Yuri Borisov and Mohammad "
              "Mokhber on Wednesday jointly opened the third Shahed production line, at the "
              "Isfahan complex.\n")
# Near misses: one pair of people, and a meeting of other people; the same two, another day;
# the same two meeting, and acting separately the same day.
MET = (HEAD.format("2023-03-13") + "MOSCOW (Example Wire) - Russian Foreign Minister Sergei "
       "Lavrov and Iranian Foreign Minister Abbas Araghchi met in Moscow on Monday to discuss "
       "military cooperation.\n")
APART = (HEAD.format("2023-03-13") + "TEHRAN (Example News) - Russia's Sergei Lavrov and Iran's "
         "Abbas Araghchi condemned the Israeli strike on Damascus in separate statements on "
         "Monday.\n")
OTHER_PAIR = TOGETHER_B.replace("Yuri Borisov and Mohammad Mokhber", "Sergei Shoigu and "
                                "Mohammad Bagheri")
NEXT_DAY = TOGETHER_B.replace("on Wednesday", "on Thursday").replace("2023-08-02", "2023-08-03")


@pytest.mark.parametrize(("texts", "together"), [
    ((TOGETHER_A, TOGETHER_B), True),
    ((TOGETHER_A, OTHER_PAIR), False),
    ((TOGETHER_A, NEXT_DAY), False),
    ((MET, APART), False),
])
def test_two_people_together_on_one_day_are_one_occasion(tmp_path, texts, together):
    assert len(merged_sources(tmp_path, list(texts))) == (1 if together else 2)


def test_a_surname_two_outlets_transliterate_apart_is_one_person(tmp_path):
    a = (HEAD.format("2024-03-26") + "TEHRAN (Example Wire) - The chief of Iran's armed forces, "
         "General Mohammad Bagheri, spoke by telephone with Russian Defence Minister Sergei "
         "Shoigu on March 26, officials said.\n")
    b = a.replace("Bagheri", "Baqeri").replace("Example Wire", "Other Wire")
    other = a.replace("General Mohammad Bagheri", "Brigadier General Ali Jafari")
    for second, together in ((b, True), (other, False)):
        folder = tmp_path / str(together)
        folder.mkdir()
        assert len(merged_sources(folder, [a, second])) == (1 if together else 2)


def test_spelled_two_ways_needs_the_same_first_name_and_a_long_surname():
    from chronology.extraction.sameness import _spelled_two_ways
    assert _spelled_two_ways("Mohammad Bagheri", "Mohammad Baqeri")
    assert _spelled_two_ways("Hossein Dehghan", "Hossein Dehqan")
    assert not _spelled_two_ways("Ali Larijani", "Sadegh Larijani")
    assert not _spelled_two_ways("Kim Jong-un", "Kim Jong-il")
    assert not _spelled_two_ways("Sergei Lavrov", "Sergei Ryabkov")
    assert not _spelled_two_ways("Shahram Irani", "Shahram Iravani")
    assert _spelled_two_ways("Abdourahamane Tchiani", "Abdourahamane Tiani")
    assert _spelled_two_ways("Sergei Shoigu", "Sergey Shoygu")


def test_surnames_spelled_two_ways_in_two_places_are_two_people(tmp_path):
    a = (HEAD.format("2023-06-08") + "MOSCOW (Example Wire) - Iranian navy commander Shahram "
         "Irani visited the Russian naval base in Sevastopol on Wednesday.\n")
    b = (HEAD.format("2023-06-08") + "MOSCOW (Other Wire) - Iranian general Shahram Iravani "
         "visited a Russian drone factory in Yelabuga on Wednesday.\n")
    assert len(merged_sources(tmp_path, [a, b])) == 2
