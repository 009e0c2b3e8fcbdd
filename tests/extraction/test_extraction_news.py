"""End to end on short news articles written for these tests (not the seeds): different
agencies and dateline styles, with and without front matter, off-topic sentences, captions,
a standfirst restating the lead, and pairs of articles that agree or disagree on a date."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronology.articles import read_article
from chronology.config import SiteConfig, Topic
from chronology.extraction import analyse_article, describe_merges, merge_results

CONFIG = SiteConfig(
    period=(2015, 2023),
    topic=Topic(
        actors={"Russia": ("Russia", "Russian", "Moscow", "Kremlin"),
                "Iran": ("Iran", "Iranian", "Tehran", "IRGC")},
        terms=("military", "navy", "naval", "drills", "missile", "S-400", "agreement",
               "memorandum", "jets", "cooperation"),
    ),
)

NAVAL = """---
title: Iran and Russia plan joint naval drills
publisher: Example Wire
published: 2019-07-04
---
Iran and Russia plan joint naval drills

Navy commander Rear Admiral Hossein Khanzadi at a press conference. File photo

TEHRAN (Example Wire) - Iranian navy commander Rear Admiral Hossein Khanzadi said on Thursday that Iran and Russia signed a memorandum on naval cooperation on Monday.

The two navies will hold joint drills in the Strait of Hormuz later this year, he said.

Separately, Chinese and Pakistani troops held counter-terrorism exercises in Punjab on Tuesday.

Iran first bought Russian submarines in 1992.

Share this article
"""

DELIVERY_A = """---
published: 2020-11-12
---
Russia Delivers S-400 Battery to Iran

MOSCOW, Nov 12 (Agency One) - Russia delivered the first S-400 missile battery to Iran on Tuesday, the Russian defence ministry said.

The delivery is part of a 2019 agreement worth $2 billion, officials said.
"""

DELIVERY_B = """---
published: 2020-11-13
---
Iran receives first Russian S-400 battery

TEHRAN, Nov. 13 /Agency Two/ - Russia delivered the first S-400 missile battery to Iran on Wednesday, Iranian state television reported.
"""

DELIVERY_C = """---
published: 2020-11-14
---
S-400 battery arrives in Iran

Russia delivered its first S-400 missile battery to Iran on Wednesday, the IRGC said on Friday.
"""

SIGNING_A = """---
published: 2017-03-29
---
Iran, Russia Sign Defence Pact

Russia and Iran signed a defence cooperation agreement in Moscow on Tuesday.

MOSCOW, March 29 (Agency One) - Russia and Iran signed a defence cooperation agreement in Moscow on Tuesday, the Kremlin said.

Russian President Vladimir Putin greets Iranian President Hassan Rouhani at the Kremlin on March 28, 2017 [PHOTO AGENCY/Example Images]
"""

SIGNING_B = """---
published: 2017-03-30
---
Moscow and Tehran ink military accord

The defence ministers of Iran and Russia signed a military cooperation agreement in the Russian capital on Tuesday, according to Iranian media.

More stories
Oil prices rise for third day
Markets close higher
"""


def analyse(tmp_path: Path, name: str, text: str, config: SiteConfig = CONFIG):
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return analyse_article(read_article(path), config)


def test_reported_speech_dates_the_action_not_the_statement(tmp_path):
    result = analyse(tmp_path, "naval", NAVAL)
    dated = {e.date: e for e in result.candidates}
    signing = dated["2019-07-01"]
    assert "memorandum" in signing.title.lower()
    assert signing.sources[0].date_text.endswith("Monday")
    assert signing.sources[0].reported == "2019-07-04"
    assert "agreement" in signing.tags
    assert "Hossein Khanzadi" in signing.actors
    assert signing.sources[0].quote in result.explain[2] or any(
        "2019-07-01" in line for line in result.explain)


def test_off_topic_and_background_sentences(tmp_path):
    result = analyse(tmp_path, "naval", NAVAL)
    titles = " ".join(e.title for e in result.candidates)
    assert "Pakistani" not in titles and "Punjab" not in titles
    assert any("off topic" in line for line in result.explain)
    background = [e for e in result.candidates if e.date == "1992"]
    assert len(background) == 1 and background[0].context
    assert all(not e.context for e in result.candidates if e.date.startswith("2019"))


def test_conflicting_dates_make_one_event_with_each_sources_date(tmp_path):
    results = [analyse(tmp_path, "a1", DELIVERY_A), analyse(tmp_path, "b2", DELIVERY_B)]
    events = [e for e in merge_results(results, CONFIG) if "delivery" in e.tags]
    assert len(events) == 1
    event = events[0]
    assert event.conflicting
    assert {(s.article, s.date) for s in event.sources} == {("a1", "2020-11-10"),
                                                           ("b2", "2020-11-11")}
    # A tie: the date of the source reported first.
    assert event.date == "2020-11-10"


def test_conflicting_dates_follow_the_majority(tmp_path):
    results = [analyse(tmp_path, "a1", DELIVERY_A), analyse(tmp_path, "b2", DELIVERY_B),
               analyse(tmp_path, "c3", DELIVERY_C)]
    events = [e for e in merge_results(results, CONFIG) if "delivery" in e.tags]
    assert len(events) == 1
    assert events[0].date == "2020-11-11"
    assert events[0].source_dates == ["2020-11-10", "2020-11-11"]
    assert [s.article for s in events[0].sources] == ["a1", "b2", "c3"]
    lines = describe_merges(events)
    assert lines[1] == ("  conflicting dates: 2020-11-10 (a1); 2020-11-11 (b2, c3) -> 2020-11-11"
                        " (most sources)")


def test_amounts_and_attributive_years_are_not_events(tmp_path):
    result = analyse(tmp_path, "a1", DELIVERY_A)
    assert [e.date for e in result.candidates] == ["2020-11-10"]


def test_same_event_in_two_articles_and_restated_in_one(tmp_path):
    results = [analyse(tmp_path, "s1", SIGNING_A), analyse(tmp_path, "s2", SIGNING_B)]
    events = merge_results(results, CONFIG)
    signing = [e for e in events if e.date == "2017-03-28"]
    assert len(signing) == 1
    assert [s.article for s in signing[0].sources] == ["s1", "s2"]
    assert not signing[0].conflicting
    assert signing[0].id.startswith("2017-03-28-")
    assert "sign" in signing[0].title.lower()
    assert "Moscow" in signing[0].places


def test_captions_and_story_lists_never_give_dates(tmp_path):
    results = [analyse(tmp_path, "s1", SIGNING_A), analyse(tmp_path, "s2", SIGNING_B)]
    quotes = [s.quote for r in results for e in r.candidates for s in e.sources]
    assert not any("PHOTO AGENCY" in q or "Oil prices" in q for q in quotes)


def test_another_topic_comes_from_the_settings_only(tmp_path):
    config = SiteConfig(period=(2020, 2024), topic=Topic(
        actors={"Turkey": ("Turkey", "Turkish", "Ankara", "Erdogan"),
                "Russia": ("Russia", "Russian", "Moscow", "Putin")}, terms=("gas",)))
    text = ("---\npublished: 2022-10-14\n---\nTurkey and Russia agree on gas hub\n\n"
            "ANKARA, Oct 14 (Anadolu) - Turkey and Russia agreed on Thursday to study a gas hub "
            "near Istanbul, officials said.\n\nIran and Russia held naval drills on Monday.\n")
    result = analyse(tmp_path, "gas", text, config)
    assert [e.date for e in result.candidates] == ["2022-10-13"]
    assert result.candidates[0].title.startswith("Turkey and Russia agree")


def test_sources_carry_quote_date_text_rule_and_reported(tmp_path):
    result = analyse(tmp_path, "a1", DELIVERY_A)
    source = result.candidates[0].sources[0]
    assert source.quote.startswith("MOSCOW, Nov 12 (Agency One) - Russia delivered")
    assert _spaced(source.quote) in _spaced(DELIVERY_A)
    assert source.date_text == "Tuesday"
    assert source.rule
    assert source.reported == "2020-11-12"
    assert result.info.publisher == "Agency One"


@pytest.mark.parametrize("name", ["naval", "a1", "s1"])
def test_every_quote_is_verbatim_and_carries_its_date_words(tmp_path, name):
    text = {"naval": NAVAL, "a1": DELIVERY_A, "s1": SIGNING_A}[name]
    result = analyse(tmp_path, name, text)
    assert result.candidates
    for event in result.candidates:
        for source in event.sources:
            assert _spaced(source.quote) in _spaced(text)  # (two sentences joined: one space)
            assert source.date_text in source.quote


def _spaced(text: str) -> str:
    return " ".join(text.split())


def test_results_without_found_candidates_still_merge(tmp_path):
    results = [analyse(tmp_path, "a1", DELIVERY_A), analyse(tmp_path, "b2", DELIVERY_B)]
    for result in results:
        result.found = []
    events = [e for e in merge_results(results, CONFIG) if "delivery" in e.tags]
    assert len(events) == 1 and events[0].conflicting


def test_articles_in_languages_without_rules_give_no_events(tmp_path):
    text = DELIVERY_A.replace("published: 2020-11-12", "published: 2020-11-12\nlanguage: de")
    result = analyse(tmp_path, "de1", text)
    assert result.candidates == []
    assert result.explain[-1] == ("  no events: language 'de' (front matter); events are "
                                  "extracted from en, ru, fa only (chronology/languages/)")


TASS_STYLE = """Russian warships arrive in Iran's Bandar Abbas

MOSCOW, December 27. /TASS/. A detachment of Russian Navy warships arrived in the Iranian port of Bandar Abbas on Friday to take part in joint drills with Iran and China, the Russian Defense Ministry said on Friday, December 27, 2019.

The drills will run until December 30.
"""

PUBLICATION_LINE = """Example Gulf Times

Iran receives Russian jets

Published: March 4, 2021 at 10:20 am

Iran took delivery of the first Russian Yak-130 trainer jets on Wednesday, the IRGC said.

Share this article
"""


@pytest.mark.parametrize(
    ("name", "text", "date", "title", "publisher"),
    [
        ("tass1", TASS_STYLE, "2019-12-27",
         "Detachment of Russian Navy warships arrives in Iranian port of Bandar Abbas", "TASS"),
        ("pub1", PUBLICATION_LINE, "2021-03-03", "Iran takes delivery of first Russian Yak-130 trainer jets",
         None),
    ],
)
def test_articles_without_front_matter(tmp_path, name, text, date, title, publisher):
    result = analyse(tmp_path, name, text)
    assert [(e.date, e.title) for e in result.candidates] == [(date, title)]
    assert result.info.publisher == publisher
    assert result.info.reported is not None


CARRIED = """---
published: 2023-09-21
---
Shoigu in Tehran

Russian Defence Minister Sergei Shoigu said on Wednesday that military cooperation with Iran had reached a new level.

He spoke during a meeting with Iranian Defence Minister Mohammad Reza Ashtiani in Tehran.

Shoigu has met Ashtiani several times before.
"""


def test_a_meeting_sentence_takes_the_date_of_the_statement_before_it(tmp_path):
    result = analyse(tmp_path, "c1", CARRIED)
    meetings = [e for e in result.candidates if "meeting" in e.tags]
    assert [(e.date, e.title) for e in meetings] == [("2023-09-20", "Shoigu meets Ashtiani in Tehran")]
    quote = meetings[0].sources[0].quote
    assert quote.startswith("Russian Defence Minister") and quote.endswith("in Tehran.")
    assert meetings[0].sources[0].date_text in quote


WIRE_LEAD = """---
published: 2019-09-04
---
Iran receives Russian radar systems

MOSCOW, September 3. /TASS/. Iran has received a batch of Russian radar systems under a military contract, a source in the defence industry told TASS.

Russian engineers began training Iranian crews on the radars on Monday (September 2), the source said.

TEHRAN (Example Wire) - Iran and Russia will hold naval drills next year, officials said.
"""


def test_a_lead_sentence_is_dated_by_its_dateline(tmp_path):
    path = tmp_path / "lead.txt"
    path.write_text(WIRE_LEAD, encoding="utf-8")
    result = analyse_article(read_article(path), CONFIG)
    lead = [e for e in result.candidates if e.sources[0].rule == "dateline-lead"]
    assert [(e.date, e.approximate, e.sources[0].date_text) for e in lead] == [
        ("2019-09-03", True, "September 3")]
    assert "wire convention" in "\n".join(result.explain)
    # an explicit date beats the dateline; a plan is not dated by it
    assert ("2019-09-02", "dated") in {(e.date, "dated") for e in result.candidates}
    assert not any("drills" in e.title for e in result.candidates if e.date.startswith("2019-09"))


BROKEN_PARAGRAPH = """---
published: 2019-09-04
---
Russia to supply radars to Iran

Russia will deliver two radar systems to Iran on Friday under a contract signed

in 2017, the Russian defence ministry said.
"""


def test_a_sentence_cut_by_a_stray_paragraph_break_is_one_sentence(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_text(BROKEN_PARAGRAPH, encoding="utf-8")
    result = analyse_article(read_article(path), CONFIG)
    quotes = [e.sources[0].quote for e in result.candidates]
    assert quotes == ["Russia will deliver two radar systems to Iran on Friday under a contract "
                      "signed in 2017, the Russian defence ministry said."]


THE_MINISTER = """---
published: 2019-09-04
---
Iran and Russia talk air defence

Russian Defence Minister Sergei Shoigu arrived in Tehran on Monday for talks on air defence.

The minister said on Tuesday that Russia and Iran would hold joint drills next year.
"""


def test_the_minister_is_the_person_the_article_named(tmp_path):
    path = tmp_path / "minister.txt"
    path.write_text(THE_MINISTER, encoding="utf-8")
    titles = [e.title for e in analyse_article(read_article(path), CONFIG).candidates]
    assert any(t.startswith("Shoigu says") for t in titles), titles


COMMISSIONED = """KARACHI: Two new frigates — Example One and Example Two — were commissioned in the Pakistan Navy at a ceremony at a shipyard in Shanghai, China, on Tuesday.

Published in Example Daily, May 11th, 2023
"""
DELIVERED = """BEIJING, (Example News / Example Point - 11th May, 2023 ) ::Pakistan's location is very important for sea lanes, said a Chinese military expert.

China delivered two Type 054A/P frigates to Pakistan on Wednesday, officials said.
"""
CP_CONFIG = SiteConfig(period=(2015, 2023), topic=Topic(
    actors={"China": ("China", "Chinese", "Beijing"), "Pakistan": ("Pakistan", "Pakistani")},
    terms=("navy", "frigates", "military")))


def test_two_outlets_one_commissioning_a_day_apart_is_one_conflicting_event(tmp_path):
    results = []
    for name, text in {"a.txt": COMMISSIONED.replace("Two new frigates", "Two Type 054 A/P "
                                                     "frigates"), "b.txt": DELIVERED}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        results.append(analyse_article(read_article(tmp_path / name), CP_CONFIG))
    assert [r.reference.iso for r in results] == ["2023-05-11", "2023-05-11"]
    titles = [e.title for r in results for e in r.candidates]
    assert any(t.startswith("Two Type 054 A/P frigates commissioned in Pakistan Navy")
               for t in titles), titles
    assert not any("important" in t for t in titles)  # a view is not dated by the dateline
    events = merge_results(results, CP_CONFIG)
    (event,) = [e for e in events if len(e.sources) == 2]
    assert event.conflicting and sorted(s.date for s in event.sources) == [
        "2023-05-09", "2023-05-10"]


LEAD_ONLY = """---
published: 2021-01-27
---
Iran and Russia sign deal

Iran and Russia have signed an agreement on military cooperation, as Iran's minister wraps up a visit to Moscow.

The two ministers signed the agreement in the Russian capital on Wednesday.

Iranian and Russian warships have held joint drills in the Caspian Sea, officials said.
"""


def test_the_first_sentence_is_the_news_of_its_day_unless_told_again_with_a_date(tmp_path):
    path = tmp_path / "lead.txt"
    path.write_text(LEAD_ONLY, encoding="utf-8")
    found = analyse_article(read_article(path), CONFIG)
    dated = [(e.date, e.sources[0].rule) for e in found.candidates]
    assert dated == [("2021-01-27", "weekday-past")]  # the lead restates the dated signing
    assert "the lead is told again" in "\n".join(found.explain)
    path.write_text(LEAD_ONLY.replace("The two ministers signed the agreement in the Russian "
                                      "capital on Wednesday.\n", ""), encoding="utf-8")
    (lead,) = analyse_article(read_article(path), CONFIG).candidates
    assert (lead.date, lead.approximate, lead.sources[0].rule) == ("2021-01-27", True,
                                                                  "dateline-lead")


def test_a_note_about_the_page_is_not_an_event(tmp_path):
    path = tmp_path / "updated.md"
    path.write_text("---\npublished: 2019-07-10\n---\nMOSCOW (Example Wire) - Russia delivered "
                    "radars to Iran on Tuesday, the military said.\n\nThe report was updated at "
                    "14:05 on July 10, 2019 after Iran's defence ministry commented on the "
                    "Russian delivery.\n", encoding="utf-8")
    result = analyse_article(read_article(path), CONFIG)
    assert [e.date for e in result.candidates] == ["2019-07-09"]
    assert any("a note about the page" in line for line in result.explain)


def test_a_lead_told_again_with_a_date_gives_its_headline_to_the_dated_sentence(tmp_path):
    path = tmp_path / "lead.md"
    path.write_text("---\npublished: 2019-07-10\n---\nBANDAR ABBAS, Iran (Example Wire) - Iran's "
                    "defence minister has taken delivery of a first shipment of Russian radars, "
                    "hailing the speed of a deal signed in the spring.\n\nThe Iranian minister was at the "
                    "port Tuesday to mark the arrival of the first 4 radars, along with spare "
                    "parts, from Russia.\n", encoding="utf-8")
    (event,) = analyse_article(read_article(path), CONFIG).candidates
    assert event.date == "2019-07-09"
    assert event.title.startswith("Iran's defence minister takes delivery of first shipment")
    quote = event.sources[0].quote
    assert "first shipment" in quote and "Tuesday" in quote and event.sources[0].date_text


def test_a_thing_of_the_topics_kind_opening_a_sentence_keeps_it_on_topic(tmp_path):
    """In an article about the topic, "Contracts for …" and "This 130m-long warship …" tell
    the topic's events though they name no side."""
    path = tmp_path / "thing.md"
    path.write_text("---\npublished: 2019-07-10\n---\nTEHRAN (Example Wire) - Russia delivered "
                    "two frigates to Iran's navy on Tuesday, the navy said.\n\nContracts for the "
                    "ships were signed at the end of March.\n\nThis 130m-long warship had been "
                    "launched on 22 August 2018 at a Baltic yard.\n", encoding="utf-8")
    dates = sorted(e.date for e in analyse_article(read_article(path), CONFIG).candidates)
    assert dates == ["2018-08-22", "2019-03", "2019-07-09"]
