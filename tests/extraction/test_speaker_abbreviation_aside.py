"""A reporting verb after its speaker's abbreviation in brackets ("the defence ministry (IDM)
announced Wednesday") is still the reporting verb of the sentence: the bracket is an aside
of the noun, not the start of a participle phrase, so a plan told with its own later day is
dated by the statement."""

from __future__ import annotations

import pytest
from one_article import article_events


@pytest.mark.parametrize("speaker", [
    "the Iranian defence ministry (IDM) announced Wednesday",
    "the Iranian defence ministry announced Wednesday",
])
def test_a_plan_announced_by_an_abbreviated_speaker(tmp_path, speaker):
    lead = f"Russia and Iran are set to sign a defence agreement on June 20, {speaker}."
    assert [e.date for e in article_events(tmp_path, "2025-06-11", lead)] == ["2025-06-11"]


def test_a_bracket_before_a_done_act_keeps_the_acts_day(tmp_path):
    lead = "Iran and Russia (its main arms supplier) signed a defence agreement on Monday."
    assert [e.date for e in article_events(tmp_path, "2025-06-11", lead)] == ["2025-06-09"]
