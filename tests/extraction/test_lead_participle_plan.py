"""A lead whose main clause tells something done is dated by the lead convention, even when a
participle clause after it tells a plan (", confirming plans to buy …"); a lead whose main
clause is itself a plan is not."""

from __future__ import annotations

import pytest
from one_article import article_events


@pytest.mark.parametrize(("lead", "dated"), [
    ("Iran has chosen Russia as its strategic partner for the acquisition of new frigates, "
     "confirming plans to buy Project 22350 vessels.", True),
    ("Russia has delivered the first S-400 battalion to Iran, paving the way for talks that "
     "will cover a second one.", True),
    ("Iran will buy Russian frigates, confirming plans announced by its navy.", False),
    ("Russia and Iran are planning to hold naval drills, adding to their ties.", False),
])
def test_a_plan_told_in_a_participle_clause(tmp_path, lead, dated):
    events = article_events(tmp_path, "2025-09-01", lead + "\n\nThe decision follows months "
                            "of evaluation.")
    assert [e.date for e in events] == (["2025-09-01"] if dated else [])


def test_a_state_over_years_before_a_plan_is_no_days_news(tmp_path):
    # review F: "has relied on Russian arms for decades" tells a state, not an act
    lead = ("Iran has relied on Russian arms for decades, underscoring plans to buy more "
            "Su-35 jets.")
    assert article_events(tmp_path, "2025-09-01", lead) == []
