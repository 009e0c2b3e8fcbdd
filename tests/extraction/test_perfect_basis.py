"""A present-perfect act is not dated by a past year in the basis it rests on ("has been
selected as the main contractor, based on a proposal made in 2023"): the year is the
proposal's.  The act's own past date, and a dated act after the basis, stay."""

from __future__ import annotations

from one_article import article_events

LEAD = ("MOSCOW, June 10 (Example Wire) - Russia delivered two Su-35 jets to Iran on Monday, "
        "the defence ministry said.\n\n")


def _dates(tmp_path, body, published="2025-06-10"):
    return sorted(e.date for e in article_events(tmp_path, published, body))


def test_the_year_of_the_basis_does_not_date_the_perfect(tmp_path):
    for sentence in ("The Russian yard has been building the frigates since 2018, and based on "
                     "a proposal made in 2023, has been selected to build Iran's new frigates.",
                     "The Russian yard has been selected to build Iran's frigates on the basis "
                     "of a tender held in 2023."):
        assert _dates(tmp_path, LEAD + sentence) == ["2025-06-09"], sentence


def test_the_perfect_s_own_year_and_a_dated_act_after_a_basis_stay(tmp_path):
    for sentence, date in (
            ("Russia has delivered the first frigate to Iran in 2023.", "2023"),
            ("Based on the 2023 agreement, Russia delivered two more jets to Iran in "
             "March 2024.", "2024-03")):
        assert date in _dates(tmp_path, LEAD + sentence), sentence
