"""A date that names a thing spoken of ("described the Jan. 21 shooting", "condemned the
Oct. 7 bombing") or a thing's title ("especially the August 17 Communiqué") is not the time
of the sentence's act; a range of years over which a side "accounted for 36% of" something
is the period of a statistic, not of an act, and so is a year in which a share "fell to 36
percent"; "and today" before a present state ("and today flies 60 of them") is not the time
of the past act the sentence dates. The time of an act stays: "signed a deal at the
5 May Summit", "delivered 12 jets between 2020 and 2024". Invented wire sentences."""

from __future__ import annotations

import pytest
from one_article import article_events

from chronology.config import SiteConfig, Topic

CONFIG = SiteConfig(
    period=(2000, 2030),
    topic=Topic(
        actors={"Ruritania": ("Ruritania", "Ruritanian", "Strelsau"),
                "Borduria": ("Borduria", "Bordurian", "Szohod")},
        terms=("military", "arms", "weapons", "imports", "jets", "deal", "sales"),
    ),
)

LEAD = "Ruritania's defence minister met his Bordurian counterpart in Szohod on Monday.\n\n"


def _dates(tmp_path, published: str, body: str) -> list[str]:
    return sorted(e.date for e in article_events(tmp_path, published, body, CONFIG))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a thing spoken of or judged, named by its date: not the act's time
        (LEAD + "The Ruritanian president described the Jan. 21 shooting at the Bordurian "
         "arms fair in a speech to parliament.", ["2023-03-13"]),
        (LEAD + "The Bordurian foreign ministry condemned the Feb. 2 bombing of the "
         "Ruritanian arms depot.", ["2023-03-13"]),
        # a date-named title: not the act's time
        (LEAD + "\u201cRuritanian arms sales to Borduria violate the joint communiqu\u00e9s, "
         "especially the August 17 Communiqu\u00e9,\u201d the spokesman said.", ["2023-03-13"]),
        # ... but after "at", the title's date is the time of the act
        (LEAD + "Ruritania signed an arms deal with Borduria at the 5 March Summit in "
         "Strelsau.", ["2023-03-05", "2023-03-13"]),
        # a share over a range of years: a statistic
        (LEAD + "Between 2018 and 2022, Ruritania accounted for a whopping 36% of "
         "Borduria's weapons imports, according to a research institute.", ["2023-03-13"]),
        # ... but a range that dates an act stays
        (LEAD + "Between 2018 and 2022, Ruritania delivered 12 jets to Borduria.",
         ["2018", "2023-03-13"]),
        # a share's size or change in one year: a statistic
        (LEAD + "Ruritania's share of Borduria's arms imports fell to 36 percent in 2022 from "
         "65 percent in 2017.", ["2023-03-13"]),
        (LEAD + "Ruritania has long been Borduria's main arms supplier, accounting for nearly "
         "60 percent of its arsenal in 2020.", ["2023-03-13"]),
        # ... but a part of a thing delivered in a year is an act
        (LEAD + "Ruritania delivered 50 percent of the jets Borduria ordered in 2020.",
         ["2020", "2023-03-13"]),
        # "and today" + a present state after a dated past act: the act's date
        (LEAD + "The Bordurian air force inducted its first Ruritanian jets in 2002, and today "
         "flies more than 60 of them.", ["2002", "2023-03-13"]),
        # ... but "and today" with a past act of its own is today's
        (LEAD + "Ruritania delivered its first jets to Borduria in 2021, and today the last "
         "jets arrived in Szohod.", ["2023-03-13", "2023-03-14"]),
    ],
)
def test_named_dates_and_shares(tmp_path, body, expected):
    assert _dates(tmp_path, "2023-03-14", body) == expected
