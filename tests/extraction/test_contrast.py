"""A second act set against the first ("…, whereas the groundbreaking for the second warship
took place in Bandar Abbas in May") is an event of its own (issue 9, real articles 489–528).
Invented wire copy."""

from __future__ import annotations

import pytest
from one_article import article_events as _events

LEAD = ("ISTANBUL, Nov 24 (AA) - Iran's navy launched its third corvette at the Bandar Abbas "
        "shipyard on Thursday, the defence ministry said.\n\n")


def _events_of(tmp_path, body):
    return sorted((e.date, e.title) for e in _events(tmp_path, "2022-11-24", LEAD + body))


@pytest.mark.parametrize("link", ["whereas", "while"])
def test_a_contrasted_clause_with_its_own_date_is_a_second_act(tmp_path, link):
    body = ("Russian Defence Minister Sergei Shoigu visited Iran in August 2021 for the launching "
            f"ceremony of the first corvette, IRIS Alborz, {link} the groundbreaking for the "
            "second warship, IRIS Damavand, took place in Bandar Abbas in May this year.")
    events = _events_of(tmp_path, body)
    assert [d for d, _ in events] == ["2021-08", "2022-05", "2022-11-24"]
    assert "Damavand" in dict(events)["2022-05"]


@pytest.mark.parametrize("clause", [
    "while visiting the Bandar Abbas shipyard in May this year",  # no act of its own
    "whereas Pakistan took delivery of its own corvette in May this year",  # a third country
])
def test_no_second_act_without_its_own_verb_or_with_a_third_country(tmp_path, clause):
    body = ("Russian Defence Minister Sergei Shoigu visited Iran in August 2021 for the launching "
            f"ceremony of the first corvette, IRIS Alborz, {clause}.")
    assert [d for d, _ in _events_of(tmp_path, body)] == ["2021-08", "2022-11-24"]


def test_what_someone_said_and_a_pronoun_clause_are_no_second_act():
    # review F: ", while officials said on Monday …", ", while it handed over …"
    from chronology.extraction.contrast import contrast_clauses
    for s in ("Russia delivered two jets in May, while officials said on Monday that the rest "
              "would follow next year.",
              "Russia delivered two jets in May, while it handed over two trainers in June.",
              "Russia delivered two jets in May, whereas the rest will follow in June."):
        assert contrast_clauses(s, 0, len(s), s.index("May")) == []
