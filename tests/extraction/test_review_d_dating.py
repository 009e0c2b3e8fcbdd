"""Review D's English regressions, on invented wire sentences: a year naming the occasion of
the act ("at the 2024 … Airshow"), an "as" time clause, a share told in another clause,
taking part ("were part of", "guest of honour of"), a present perfect after an earlier act
("has inducted … after their arrival in May 2024") and a port call ("called at Karachi") are
the act's time or the act itself; the cases the rules were made for keep working."""

from __future__ import annotations

import pytest
from one_article import article_events

from chronology.config import SiteConfig, Topic

CONFIG = SiteConfig(
    period=(2000, 2030),
    topic=Topic(
        actors={"Ruritania": ("Ruritania", "Ruritanian", "Strelsau"),
                "Pakistan": ("Pakistan", "Pakistani", "Islamabad", "Karachi", "PNS")},
        terms=("military", "navy", "frigate", "frigates", "contract", "fighters", "exercise",
               "drills", "arms", "parade"),
    ),
)

LEAD = "Pakistan's navy chief visited Strelsau on Monday, the military said.\n\n"


def _dates(tmp_path, published: str, body: str) -> list[str]:
    return sorted(e.date for e in article_events(tmp_path, published, body, CONFIG))


@pytest.mark.parametrize(
    ("published", "body", "expected"),
    [
        # 1: "at/during the YEAR Name", "took part in the YEAR Name": the occasion of the act
        ("2025-03-12", LEAD + "Pakistan signed a contract with Ruritania for 30 fighters at the "
         "2024 Strelsau Airshow.", ["2024", "2025-03-10"]),
        ("2025-03-12", LEAD + "Ruritanian frigates took part in the 2023 Lion Sea exercise off "
         "Karachi.", ["2023", "2025-03-10"]),
        # 7: "as the navy celebrated …": a time clause, not a comparison
        ("2022-01-12", "Pakistan commissioned the Ruritanian frigate PNS Alpha as the navy "
         "celebrated its anniversary in November 2021.", ["2021-11"]),
        # 11: the share is told in the first clause; the range dates the second clause's act
        ("2024-03-12", "Ruritania raised its share of Pakistan's arms market and delivered four "
         "frigates to Pakistan between 2021 and 2023.", ["2021"]),
        # 6: taking part in an occasion, not a description
        ("2024-03-12", "Ruritanian and Pakistani troops were part of the Lion Sea exercise "
         "near Karachi in December 2023.", ["2023-12"]),
        ("2016-03-12", "A Pakistani army contingent was the guest of honour of the Ruritanian "
         "military parade in Strelsau in September 2015.", ["2015-09"]),
        # 10: "after" an earlier act: the act's time, not a cause's
        ("2024-08-12", "Pakistan has inducted two more Ruritanian frigates after their arrival "
         "in Karachi in May 2024.", ["2024-05"]),
        # 12: "called at" a port is a visit, not a reaction
        ("2024-06-10", LEAD + "Turkish warship TCG Alpha called at Karachi on Saturday to join "
         "Pakistani and Ruritanian ships for drills.", ["2024-06-08", "2024-06-10"]),
        ("2024-06-10", LEAD + "Turkish warship TCG Alpha called on Saturday at Karachi to join "
         "Pakistani and Ruritanian ships for drills.", ["2024-06-08", "2024-06-10"]),
    ],
)
def test_review_d_acts_keep_their_dates(tmp_path, published, body, expected):
    assert _dates(tmp_path, published, f"Wire headline for the test\n\n{body}") == expected


@pytest.mark.parametrize(
    ("published", "body", "expected"),
    [
        # a year before a name after "under the": the name of an earlier thing
        ("2024-04-09", "Officials said on Monday that the final frigates under the 2018 Alpha "
         "contract arrived in Pakistan from Ruritania.", ["2024-04-08"]),
        # "at the YEAR Name" in a participle aside or a relative clause: that thing's name
        ("2024-04-09", "The frigate PNS Bravo, first shown at the 2018 Strelsau Navy Show, "
         "reached Karachi from Ruritania on Monday.", ["2024-04-08"]),
        ("2024-04-09", "Pakistan on Monday received from Ruritania the frigate which debuted at "
         "the 2018 Strelsau Navy Show.", ["2024-04-08"]),
        ("2024-04-09", LEAD + "The Ruritanian frigate sold to Pakistan was first shown at "
         "the 2018 Strelsau Navy Show.", ["2024-04-08"]),
        ("2024-04-09", LEAD + "Ruritania is offering Pakistan the fighters displayed at the "
         "2018 Strelsau Airshow.", ["2024-04-08"]),
        # a real comparison with a past thing
        ("2023-06-14", "Ruritanian officials said the frigates sold to Pakistan are as fast as "
         "the ships delivered to Strelsau in 2009.", ["2023-06-14"]),
        # a share stated over a range of years in the same clause
        ("2024-03-12", "Ruritania delivered a frigate to Pakistan on Monday. Ruritania supplied "
         "Pakistan with arms, providing 74 percent of its imports between 2017 and 2021.",
         ["2024-03-11"]),
        # a description stays one
        ("2024-03-12", "Ruritania delivered a frigate to Pakistan on Monday. The Pakistani "
         "navy was the largest buyer of Ruritanian arms in 2020.", ["2024-03-11"]),
        # a cause after a present perfect still dates the cause only
        ("2024-08-12", "Ruritania has halted deliveries of frigates to Pakistan because of the "
         "war in May 2024.", ["2024-08-12"]),
        # a third country calling on the sides reacts
        ("2024-06-10", LEAD + "Turkey's foreign ministry called on Pakistan and Ruritania on "
         "Saturday to end their military drills.", ["2024-06-10"]),
        ("2024-06-10", LEAD + "Turkey's foreign ministry called on Saturday for an end to the "
         "military drills of Pakistan and Ruritania.", ["2024-06-10"]),
    ],
)
def test_what_the_rules_were_made_for(tmp_path, published, body, expected):
    assert _dates(tmp_path, published, f"Wire headline for the test\n\n{body}") == expected
