"""A plan for "next week" gives no event, also when that week falls in the next month: told
on a month's last Wednesday, "will finalise … next week" is as much a plan as told mid-month
(README: a plan whose only time is the article's own month gives no event). Invented copy."""

from __future__ import annotations

import pytest
from one_article import article_events


@pytest.mark.parametrize("published", ["2025-10-15", "2025-10-29"])
def test_a_plan_for_next_week_gives_no_event(tmp_path, published):
    body = "Russia and Iran will finalise a security cooperation pact next week, officials said."
    assert [e.date for e in article_events(tmp_path, published, body)] == []


def test_an_act_done_last_week_keeps_its_event(tmp_path):
    body = "Russia and Iran signed a security cooperation pact last week, officials said."
    assert [e.date for e in article_events(tmp_path, "2025-11-03", body)] == ["2025-10"]


def test_a_bracketed_abbreviation_does_not_cut_the_plan_s_clause(tmp_path):
    body = ("Russia and Iran will finalise a Joint Security Accord (JSA) next week, aides "
            "said.")
    assert [e.date for e in article_events(tmp_path, "2025-10-29", body)] == []
