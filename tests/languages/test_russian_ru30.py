"""Round ru30: Russian leads that tell a plan with who told it (invented stories, default
Russia–Iran topic).

The decision (issue 11): a plan stated on a day, told in the lead with who stated it, is that
day's statement, the event an analyst puts on the timeline; the plan's own time, when it has
one, is no act done. The dev gold of the real Russian set keeps this practice (leads that
tell a plan with its teller: the statement of the day a required event eight times, optional
six, never a forbidden date), whatever the plan's verb (an intent, "планирует", or an act
foretold, "поставит", "сократит") and wherever the teller stands."""

from __future__ import annotations

import pytest

from .russian_story import candidates as _candidates

INTENT_HEADLINE = "Иран намерен закупить российские учебные самолеты"


@pytest.mark.parametrize("lead", [
    # perfective futures of acts the news tells are plans (FUTURE_CUES): told with who told
    # it, before or after, the day's announcement (FORETOLD_ANNOUNCED), whatever the verb
    "Представитель Каспийской флотилии заявил, что Россия сократит число кораблей в "
    "иранских портах.",
    "Россия разместит на иранском аэродроме два транспортных самолета, сообщил журналистам "
    "командующий группировкой.",
    "Иран закупит у России еще два учебных самолета, сообщил агентству источник в "
    "министерстве обороны.",
])
def test_a_plan_told_with_who_told_it_is_the_days_announcement(tmp_path, lead):
    result = _candidates(tmp_path, lead, headline=INTENT_HEADLINE)
    assert [c.date for c in result.candidates] == ["2017-09-21"], result.explain


@pytest.mark.parametrize("story", [
    # a plan with no teller is a plan only
    "Россия сократит число кораблей в иранских портах.",
    "Россия разместит на иранском аэродроме два транспортных самолета.",
    # what was said over time
    "Россия сократит число кораблей в иранских портах, заявлял командующий флотилией.",
])
def test_a_perfective_future_with_no_teller_of_the_day_is_a_plan(tmp_path, story):
    result = _candidates(tmp_path, story, headline=INTENT_HEADLINE)
    assert [c.date for c in result.candidates] == [], result.explain
