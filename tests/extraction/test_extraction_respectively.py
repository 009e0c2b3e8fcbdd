"""Acts dated in turn ("… in August 2021 and May 2022 respectively"): one event each."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from chronology.articles import read_article
from chronology.config import load_config
from chronology.extraction import analyse_article

REPO = Path(__file__).resolve().parents[2]
CONFIG = load_config(REPO / "content" / "site.yaml")
HEAD = "---\npublished: 2024-03-11\n---\nKARACHI (Example Wire) - "


def _events(tmp_path, sentence: str, dateline: str = "KARACHI (Example Wire) - "
            ) -> list[tuple[str, str]]:
    path = tmp_path / "a.md"
    path.write_text(HEAD.replace("KARACHI (Example Wire) - ", dateline) + sentence + "\n",
                    encoding="utf-8")
    result = analyse_article(read_article(path), CONFIG)
    return sorted((c.event.date, c.event.title) for c in result.found)


@pytest.mark.parametrize(("sentence", "events"), [
    ("Iran's first two Russian-built corvettes, Sahand and Dena were launched in Astrakhan and "
     "Kaliningrad, in August 2021 and May 2022 respectively.",
     [("2021-08", "Sahand launched in Astrakhan"), ("2022-05", "Dena launched in Kaliningrad")]),
    ("Russian jets Su-35 Alpha, Su-35 Beta and Su-35 Gamma were delivered to Iran in 2019, 2020 "
     "and 2021 respectively.",
     [("2019", "Su-35 Alpha delivered to Iran"), ("2020", "Su-35 Beta delivered to Iran"),
      ("2021", "Su-35 Gamma delivered to Iran")]),
    # a determiner before each name (review)
    ("The Su-35 Alpha and the Su-35 Bravo were delivered to Iran in January and February "
     "respectively.",
     [("2024-01", "Su-35 Alpha delivered to Iran"), ("2024-02", "Su-35 Bravo delivered to Iran")]),
    # the words between the verb and the dates stay: the agent, the cause
    ("Iran and Russia were hit by Western sanctions in 2012 and 2014 respectively.",
     [("2012", "Iran hit by Western sanctions"), ("2014", "Russia hit by Western sanctions")]),
    # the last verb before the dates is the act; an active one in the present
    ("Russian Su-35s and Yak-130s were ordered by Iran in 2021 and delivered in September 2023 "
     "and January 2024 respectively.",
     [("2023-09", "Russian Su-35s delivered"), ("2024-01", "Yak-130s delivered")]),
    ("The Russian corvettes Sovershenny and Gromky were sent to Iran and arrived on March 6 "
     "and March 9 respectively.",
     [("2024-03-06", "Sovershenny arrives"), ("2024-03-09", "Gromky arrives")]),
    # recipients, and no determiner in the names
    ("The Russian-made S-300 and S-400 were delivered to Iran and Turkey in 2016 and 2019 "
     "respectively.",
     [("2016", "Russian-made S-300 delivered to Iran"), ("2019", "S-400 delivered to Turkey")]),
])
def test_each_act_takes_its_date(tmp_path, sentence, events):
    assert _events(tmp_path, sentence) == events


@pytest.mark.parametrize("sentence", [
    # near misses: the lists do not count alike, or no "respectively": one event, as before
    "Iran's Russian-built corvettes Sahand and Dena were launched in Astrakhan, Kaliningrad and "
    "Kazan, in "
    "August 2021 and May 2022 respectively.",
    "Iran's Russian-built corvettes Sahand and Dena were launched in August 2021 and May 2022.",
    # the list is no subject: the object of a preposition
    "Russian S-300 deliveries to Iran and Syria were completed in 2016 and 2018 respectively.",
])
def test_otherwise_the_sentence_keeps_one_event(tmp_path, sentence):
    assert len(_events(tmp_path, sentence)) == 1


@pytest.mark.parametrize(("sentence", "signed"), [
    ("Establishment of the base, part of a defence cooperation agreement signed in 2014 and "
     "ratified by Iran's parliament in June, deepens Russia's partnership with Iran.",
     [("2014", "Iran and Russia sign defence cooperation agreement")]),
    # near misses: a third country; an agreement still to be signed; one side only
    ("The base, part of an agreement signed in 2014 with China, deepens Russia's partnership "
     "with Iran.", []),
    ("The base, part of an agreement to be signed in 2014, deepens Russia's partnership with "
     "Iran.", []),
    ("The drills, part of an agreement signed in 2019 by the Caspian states including Russia "
     "and Iran, began on Monday.", []),
])
def test_an_agreement_of_the_two_sides_signed_in_a_side_clause(tmp_path, sentence, signed):
    events = _events(tmp_path, sentence, dateline="")
    assert [e for e in events if re.fullmatch(r"\w+ and \w+ sign .*", e[1])] == signed


def test_a_side_clause_names_no_thing_from_the_dateline(tmp_path):
    events = _events(tmp_path, "The drills, part of an agreement signed in 2019 by the Caspian "
                     "states including Russia and Iran, began on Monday.",
                     dateline="MOSCOW (Example Wire) - ")
    assert [date for date, _ in events] == ["2024-03-11"], events
