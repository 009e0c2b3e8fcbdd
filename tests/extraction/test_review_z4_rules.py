"""Review of round en29's English rules (issue 9), invented wire sentences: a range or year
is a statistic's only when a share is its clause's subject or main verb, and then the
sentence gives no event; an act verb keeps the range the act's.  A named weapon of the
relationship keeps a one-side act on topic.  A document named by its date dates the act
that signs it."""

from __future__ import annotations

import pytest
from one_article import article_events

from chronology.config import SiteConfig, Topic

TERMS = ("military", "defence", "arms", "drone", "UAV", "S-400", "Su-35", "Shahed", "Geran-2")
RUSSIA = ("Russia", "Russian", "Moscow", "Kremlin")
IRAN_RUSSIA = SiteConfig(period=(2000, 2030), topic=Topic(
    actors={"Russia": RUSSIA, "Iran": ("Iran", "Iranian", "Tehran")}, terms=TERMS))
INDIA_RUSSIA = SiteConfig(period=(2000, 2030), topic=Topic(
    actors={"Russia": RUSSIA, "India": ("India", "Indian", "New Delhi")}, terms=TERMS))

PUBLISHED = "2024-03-15"  # a Friday


def _dates(tmp_path, body: str, config=IRAN_RUSSIA) -> list[str]:
    return sorted(e.date for e in article_events(tmp_path, PUBLISHED, "Headline\n\n" + body,
                                                 config))


@pytest.mark.parametrize(("sentence", "year"), [
    ("Between 2017 and 2019 Russia built three radar stations in Iran, which account for "
     "40 percent of its early-warning coverage.", "2017"),
    ("Between 2020 and 2022, Russia, which accounted for 36% of Iran's arms imports, "
     "delivered 40 Su-35 jets to Iran.", "2020"),
])
def test_an_act_verb_keeps_the_range_the_acts(tmp_path, sentence, year):
    assert [d[:4] for d in _dates(tmp_path, sentence)] == [year]


@pytest.mark.parametrize("sentence", [
    "Between 2020 and 2024, Russia accounted for 36% of Iran's arms imports.",
    "Russia's share of Iran's arms imports fell to 36 percent in 2023.",
])
def test_a_statistic_gives_no_event(tmp_path, sentence):
    assert _dates(tmp_path, sentence) == []


@pytest.mark.parametrize(("sentence", "year"), [
    ("Rostec increased its stake in the Iranian drone venture to 49 percent in 2019.", "2019"),
    ("Russia increased the number of its S-400 batteries deployed in Iran by 50 percent in "
     "2021.", "2021"),
])
def test_an_agent_raising_a_figure_acts(tmp_path, sentence, year):
    assert [d[:4] for d in _dates(tmp_path, sentence)] == [year]


@pytest.mark.parametrize("sentence", [
    "Russia launched a massive drone attack on Kyiv on Tuesday using Shahed drones.",
    "Russia struck Odesa on Tuesday with Geran-2 drones.",
])
def test_a_weapon_of_the_relationship_keeps_an_attack_on_topic(tmp_path, sentence):
    assert _dates(tmp_path, sentence) == ["2024-03-12"]


@pytest.mark.parametrize(("sentence", "config"), [
    ("Iran's parliament on Tuesday adopted a defence budget that funds the Su-35 purchase.",
     IRAN_RUSSIA),
    ("Iran's parliament on Tuesday passed a military procurement law to speed up the delivery "
     "of Su-35 jets.", IRAN_RUSSIA),
    ("India's cabinet on Tuesday approved a defence budget that includes the final payment for "
     "the S-400 systems.", INDIA_RUSSIA),
])
def test_a_weapon_of_the_relationship_keeps_a_policy_on_topic(tmp_path, sentence, config):
    assert _dates(tmp_path, sentence, config) == ["2024-03-12"]


@pytest.mark.parametrize(("sentence", "date"), [
    ("Russia and Iran signed the January 17 Declaration, committing to deeper defence ties.",
     "2024-01-17"),
    ("The 11 June Agreement was signed by Russia and Iran in Tehran.", "2023-06-11"),
])
def test_a_document_named_by_its_date_dates_its_signing(tmp_path, sentence, date):
    assert _dates(tmp_path, sentence) == [date]


def test_today_with_an_announced_act_is_the_days(tmp_path):
    assert _dates(tmp_path, "Russia shipped the first S-400 parts to Iran in January, and today "
                            "will deliver the rest.") == ["2024-03-15"]
