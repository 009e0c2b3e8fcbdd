"""A page's publication line glued to the lead ("12.05.2022 | 09:14Joint tactical exercises
…"): the clock is no word of the headline (the title checker counts it as a dateline remnant)."""

import sys
from pathlib import Path

from one_article import article_events

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from title_check import problems  # noqa: E402


def test_a_clock_glued_to_the_lead_is_not_in_the_title(tmp_path):
    body = ("Navy drills\n\n12.05.2022 | 09:14Joint tactical exercises are held in Bandar Abbas "
            "by Iranian and Russian naval units, the defence ministry said.")
    titles = [e.title for e in article_events(tmp_path, "2022-05-12", body)]
    assert titles and not any(":" in t for t in titles)
    assert titles[0].startswith("Joint tactical exercises")


def test_the_title_checker_counts_a_page_clock_as_a_remnant():
    assert "dateline" in problems("09:14Joint tactical exercises held in Bandar Abbas")
    assert "dateline" in problems("| 09:14 Navy holds drills in the Gulf")
    assert problems("Talks begin at 09:14 in Moscow") == []


def test_a_clock_with_seconds_or_am_is_a_remnant_and_a_curfew_hour_is_not():
    from chronology.extraction.titles import make_title
    for clock in ("09:30 AM ", "15:38:02", "11:05 MSK "):
        assert make_title(clock + "Russian jets landed at Hamadan air base in Iran.", [], {},
                          False).startswith("Russian jets land")
        assert "dateline" in problems(clock + "Russian jets land at Hamadan")
    assert problems("20:00 curfew imposed in Tehran") == []
