"""One day's exercise of the same two countries (issue 9 item 8): two outlets' reports of
the day's drill merge though their wording differs (one quotes a commander, the other counts
troops); near misses stay apart: another country in the drill, another service, another sea,
other people, and other kinds of act than an exercise (a visit signs many agreements).
Every article is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from one_article import merged_together

from chronology.config import load_config

REPO = Path(__file__).resolve().parents[2]
CONFIG = load_config(REPO / "content" / "site.yaml")
SAT = "---\npublished: 2021-03-13\n---\n"
WIRE, NEWS = "TEHRAN (Example Wire) - ", "MOSCOW (Example News) - "

THANKS = SAT + WIRE + ("As the joint exercise of Iran and Russia opened on Friday, Iranian army "
                       "commander Kamran Rostami thanked Russia for supplying new equipment "
                       "and helping to upgrade coastal facilities.\n")
COUNT = SAT + NEWS + ("More than 600 Russian troops and two Russian warships took part in the "
                      "exercise alongside 900 Iranian soldiers and four Iranian ships on "
                      "Friday, Iranian television showed.\n")
THREE = COUNT.replace("900 Iranian soldiers", "900 Iranian soldiers and 300 Chinese marines")
AIR_DEFENCE = SAT + NEWS + ("Russian and Iranian air defence forces held a joint exercise on "
                            "Friday, firing missiles at targets over the desert.\n")
NAVAL = SAT + WIRE + ("Iranian and Russian navies held a joint exercise on Friday, sailing "
                      "in formation and rescuing a ship on fire.\n")
GENERAL = COUNT.replace("Iranian television showed", "Russian general Pavel Orlov said")
SIGNED = SAT + WIRE + ("Iran and Russia signed a memorandum on oil swaps on Friday, the oil "
                       "ministry said.\n")
BUILD = SAT + NEWS + ("Russian and Iranian officials agreed on Friday to build two power "
                      "plants near the Caspian coast under a new contract.\n")


def _together(tmp_path, first: str, second: str) -> bool:
    return merged_together(tmp_path, first, second)


@pytest.mark.parametrize(("first", "second", "together"), [
    (THANKS, COUNT, True),  # the day's exercise of Iran and Russia, told two ways
    (COUNT, THANKS, True),  # in either order
    (THANKS, THREE, False),  # Chinese marines too: another exercise, or another report of it
    (AIR_DEFENCE, NAVAL, False),  # two services' drills
    (THANKS, GENERAL, False),  # an Iranian and a Russian officer: nothing ties the two
    (SIGNED, BUILD, False),  # two agreements of one day: a visit signs many
])
def test_one_days_exercise_of_two_countries(tmp_path, first, second, together):
    assert _together(tmp_path, first, second) is together
