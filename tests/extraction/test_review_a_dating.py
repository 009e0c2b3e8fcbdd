"""Review A's dating problems, on invented wire sentences: a compound adjective ("Chinese-built")
or a clause after ";" is no side fact, an attributive year before a name or a model, an
opening participle ("Founded in 2000, …") and a past thing compared with ("as powerful as
those dropped … in 1945") give no date to the sentence's act."""

from __future__ import annotations

import pytest
from one_article import article_events

from chronology.config import SiteConfig, Topic

CONFIG = SiteConfig(
    period=(2000, 2030),
    topic=Topic(
        actors={"Ruritania": ("Ruritania", "Ruritanian", "Strelsau", "Rudolf"),
                "Pakistan": ("Pakistan", "Pakistani", "Islamabad", "Karachi", "India", "Indian",
                             "Poland", "Philippines", "Belarus", "Lukashenko")},
        terms=("military", "navy", "frigate", "frigates", "contract", "contracts", "tanks",
               "agreement", "bombs", "arms"),
    ),
)


def _dates(tmp_path, published: str, body: str) -> list[str]:
    return sorted(e.date for e in article_events(tmp_path, published, body, CONFIG))


@pytest.mark.parametrize(
    ("published", "body", "expected"),
    [
        # a participle inside a compound adjective names the maker, not a side fact's time
        ("2023-01-24", "Pakistan received its second Ruritanian-built frigate PNS Alamgir on "
         "January 9.", ["2023-01-09"]),
        ("2023-01-24", "Pakistan received a locally-designed frigate from Ruritania on January "
         "11.", ["2023-01-11"]),
        # after ";" a clause of its own: its subject commissions, no aside
        ("2024-12-20", "Zulfiqar is the second ship of the class; the Pakistani navy "
         "commissioned its Ruritanian sister on December 9.", ["2024-12-09"]),
        # an attributive year before a model or a name
        ("2024-04-09", "Officials said on Monday that the final units under the 2018 S-500 "
         "contract arrived in India from Ruritania.", ["2024-04-08"]),
        ("2023-02-05", "During the visit on Feb. 2, Ruritania and the Philippines announced four "
         "new sites under the 2014 Enhanced Defense Cooperation Agreement.", ["2023-02-02"]),
        # an opening participle phrase tells the subject's history
        ("2023-11-14", "Ruritania delivered a frigate to Pakistan on Monday. Founded in 2001, "
         "Strelsau Arms handles most of Ruritania's arms exports to India.", ["2023-11-13"]),
        ("2023-11-14", "Ruritania delivered a frigate to Pakistan on Monday. Established in 2003, "
         "the agency accounts for most Ruritanian arms sold to Pakistan.", ["2023-11-13"]),
        # a past thing compared with: its year is not the statement's
        ("2023-06-14", "Lukashenko said the bombs received from Ruritania were three times as "
         "powerful as those dropped on Nagasaki in 1945.", ["2023-06-14"]),
        ("2023-06-14", "Ruritanian officials said the frigates sold to Pakistan are faster than "
         "the ones delivered to Strelsau in 2009.", ["2023-06-14"]),
    ],
)
def test_side_dates_do_not_date_the_act(tmp_path, published, body, expected):
    assert _dates(tmp_path, published, f"Wire headline for the test\n\n{body}") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The frigate, built in 2009, reached Karachi from Ruritania on Monday.", ["2023-06-12"]),
        ("Ruritania's navy, founded in 2001, delivered two frigates to Pakistan on Monday.",
         ["2023-06-12"]),
        ("In 2018 Pakistan signed a contract with Ruritania in Strelsau.", ["2018"]),
        ("The frigate, PNS Alpha, was commissioned by Ruritania in May 2021.", ["2021-05"]),
        ("Pakistan's frigate, PNS Bravo, will be commissioned by Ruritania on June 24.",
         []),  # a plan: still a side fact's form, no event  # after an appositive: the subject's own passive verb
        ("The frigates were as fast as Ruritania said in 2009 they would be.", ["2009"]),
    ],
)
def test_side_facts_still_recognised(tmp_path, body, expected):
    """What the rules above must not change: a side fact set off by commas still gives no date;
    a year after "in" is the act's; and after an appositive ("The frigate, PNS Alpha, was
    commissioned …") the subject's own passive verb is the act, no side fact."""
    dates = _dates(tmp_path, "2023-06-14", f"Wire headline for the test\n\n{body}")
    assert dates == expected


@pytest.mark.parametrize(("body", "title"), [
    ("Zulfiqar is the second ship of the class; the Pakistani navy commissioned its Ruritanian "
     "sister on December 9.", "Pakistani navy commissions Ruritanian sister"),
    ("The Pakistani navy commissioned its Ruritanian frigate on December 9; it is the second "
     "ship of the class.", "Pakistani navy commissions Ruritanian frigate"),
])
def test_the_dated_clause_after_a_semicolon_gives_the_headline(tmp_path, body, title):
    events = article_events(tmp_path, "2024-12-20", f"Wire headline for the test\n\n{body}",
                            CONFIG)
    assert [e.title for e in events] == [title]
