"""A report that names no side ("The maneuvers began on Friday", in an article about the
topic) joins the report of that day's act of the same kind; nothing else joins it
(issue 9 item 8, issue 11 item 7)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from one_article import merged_sources

from chronology.articles import read_article
from chronology.config import load_config
from chronology.extraction import analyse_article, merge_results
from chronology.extraction.pipeline import extract_events

REPO = Path(__file__).resolve().parents[2]
CONFIG = load_config(REPO / "content" / "site.yaml")
EN = "---\npublished: 2019-12-29\n---\n"
RU = "---\npublished: 2019-12-29\nlanguage: ru\n---\n"

# Invented: one exercise told by three outlets; only the first names the countries.
NAMED = EN + ("TEHRAN (Example Wire) - Iran, Russia and China began a four-day naval exercise "
              "in the Gulf of Oman on Friday, Iran's navy commander said.\n")
SILENT = EN + ("MOSCOW (Example News) - Russian, Iranian and Chinese warships are holding drills "
               "in the Indian Ocean. The maneuvers, dubbed Marine Security Belt, began on "
               "Friday, state television reported.\n")
SILENT_RU = RU + ("МОСКВА, 29 декабря. /ТАСС/. Военные моряки России и Ирана проводят совместные "
                  "учения в Оманском заливе. Учения стартовали в пятницу, сообщили в "
                  "Минобороны.\n")
NAMED_RU = RU + ("ТЕГЕРАН, 29 декабря – РИА Новости. Россия, Иран и Китай в пятницу начали "
                 "военно-морские учения в Оманском заливе, сообщил командующий ВМС Ирана.\n")
# Near misses: the exercise's end two days later; an agreement signed the same day.
ENDED = EN + ("TEHRAN (Example Wire) - Iran and Russia held naval drills this week. The "
              "maneuvers ended on Sunday, the navy said.\n")
SIGNED = EN + ("TEHRAN (Example Wire) - Iran and Russia signed a naval cooperation agreement "
               "on Friday, the navy said.\n")


@pytest.mark.parametrize(("texts", "together"), [
    ((NAMED, SILENT), True),  # the day's exercise: "The maneuvers … began on Friday"
    ((NAMED_RU, SILENT_RU), True),  # "Учения стартовали в пятницу"
    ((NAMED, SILENT_RU), True),  # across languages: the same day, the same kind
    ((SILENT, SIGNED), False),  # the same day, another kind of act
    ((SILENT_RU, SIGNED), False),
])
def test_a_report_naming_no_side_joins_the_days_act_of_its_kind(tmp_path, texts, together):
    sources = merged_sources(tmp_path, {"a1.md": texts[0], "b2.md": texts[1]})
    assert sources == ([["a1", "b2"]] if together else [["a1"], ["b2"]])


def test_the_end_of_an_exercise_is_not_its_start(tmp_path):
    results = []
    for name, text in {"a1.md": NAMED, "b2.md": SILENT, "c3.md": ENDED}.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        results.append(analyse_article(read_article(path), CONFIG))
    by_date = {e.date: sorted(s.article for s in e.sources)
               for e in merge_results(results, CONFIG)}
    assert by_date["2019-12-27"][:2] == ["a1", "b2"]
    assert by_date["2019-12-29"] == ["c3"]  # "The maneuvers ended on Sunday"


# Invented: the date of a report less precise than the other's.
H = "---\npublished: {}\n---\n"
TRAINING = H.format("2019-03-05") + ("TEHRAN (Example Wire) - Iranian pilots began training on "
                                     "Russian Yak-130 jets on Monday, the air force said.\n")
SECOND_BATCH = H.format("2019-03-12") + ("MOSCOW (Example News) - Russia handed over a second "
                                         "batch of Yak-130 jets to Iran on Monday, the ministry "
                                         "said.\n")
IN_MARCH = H.format("2019-04-02") + ("TEHRAN (Example Wire) - Russia handed over a second batch "
                                     "of Yak-130 jets to Iran in March, officials said.\n")
DEAL_DECEMBER = H.format("2019-03-20") + ("MOSCOW (Example News) - Russia and Iran agreed a deal "
                                          "for the supply of Su-35 fighters in December, two "
                                          "defence sources said.\n")
CONTRACT_2018 = H.format("2019-03-20") + ("TEHRAN (Example Wire) - Iran has bought Russian "
                                          "fighters. The contract for the fighters was signed "
                                          "at the end of 2018, a source said.\n")
CONTRACT_DECEMBER = CONTRACT_2018.replace("at the end of 2018", "in December")
CONTRACT_MONDAY = H.format("2018-12-18") + ("MOSCOW (Example News) - Russia and Iran signed a "
                                            "contract for the supply of Su-35 fighters on "
                                            "Monday, the ministry said.\n")
AGREEMENT_2018 = H.format("2019-03-20") + ("TEHRAN (Example Wire) - Iran and Russia signed a "
                                           "naval cooperation agreement in 2018, a source "
                                           "said.\n")
AGREEMENT_DAY = H.format("2018-12-18") + ("MOSCOW (Example News) - Russia and Iran signed a "
                                          "naval cooperation agreement on Monday, the ministry "
                                          "said.\n")


def _by_date(tmp_path, texts: dict[str, str]) -> dict[str, list[str]]:
    results = []
    for name, text in texts.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        results.append(analyse_article(read_article(path), CONFIG))
    return {e.date: sorted(s.article for s in e.sources) for e in merge_results(results, CONFIG)}


def test_a_month_report_joins_the_day_it_matches_best_not_the_first_of_the_month(tmp_path):
    by_date = _by_date(tmp_path, {"a1.md": TRAINING, "b2.md": SECOND_BATCH, "c3.md": IN_MARCH})
    assert by_date == {"2019-03-04": ["a1"], "2019-03-11": ["b2", "c3"]}


def test_a_report_naming_no_side_joins_a_more_precise_report_of_its_kind(tmp_path):
    # "in December" (2018-12) and "on Monday" (2018-12-17): one contract
    by_date = _by_date(tmp_path, {"a1.md": CONTRACT_DECEMBER, "b2.md": CONTRACT_MONDAY})
    assert by_date["2018-12-17"] == ["a1", "b2"]


def test_a_year_holds_too_many_acts_to_join_two_reports_by_their_kind_alone(tmp_path):
    # "the contract for the fighters … 2018" and "a naval cooperation agreement in 2018"
    by_date = _by_date(tmp_path, {"a1.md": CONTRACT_2018, "b2.md": AGREEMENT_2018})
    assert by_date["2018"] in (["a1"], ["b2"])


def test_the_dateline_and_agency_two_stories_share_are_not_shared_wording(tmp_path):
    # two stories of one agency: "MOSCOW (Example News) - Russia and Iran …", two deals
    by_date = _by_date(tmp_path, {"a1.md": DEAL_DECEMBER, "b2.md": AGREEMENT_DAY})
    assert by_date == {"2018-12": ["a1"], "2018-12-17": ["b2"]}


def test_a_report_of_a_year_is_not_a_report_of_one_of_its_days(tmp_path):
    by_date = _by_date(tmp_path, {"a1.md": AGREEMENT_2018, "b2.md": AGREEMENT_DAY})
    assert by_date == {"2018": ["a1"], "2018-12-17": ["b2"]}


def test_the_events_file_does_not_depend_on_the_order_of_these_reports(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    texts = {"a1.md": NAMED, "b2.md": SILENT, "c3.md": SILENT_RU, "d4.md": TRAINING,
             "e5.md": SECOND_BATCH, "f6.md": IN_MARCH, "g7.md": DEAL_DECEMBER,
             "h8.md": CONTRACT_2018, "i9.md": AGREEMENT_2018, "j10.md": AGREEMENT_DAY,
             "k11.md": CONTRACT_DECEMBER, "l12.md": CONTRACT_MONDAY}
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
