"""A weekday whose own verb is past is a past day even when a plan follows as that verb's
complement ("в четверг объявил о намерении закупить …"): the plan is what was announced, not
the date's act. Invented lines with near-misses."""

import datetime as dt

import pytest

from chronology.dates import find_mentions

_FRIDAY = dt.date(2025, 3, 7)


def _values(text: str) -> list[str]:
    return [m.value for m in find_mentions(text, _FRIDAY, language="ru")]


@pytest.mark.parametrize("text", [
    "Глава ведомства в четверг объявил о намерении закупить новые катера.",
    "В четверг министр сообщил о намерении построить верфь в Каспийске.",
])
def test_a_past_verb_with_a_plan_as_its_complement_dates_a_past_day(text):
    assert _values(text) == ["2025-03-06"]


@pytest.mark.parametrize("text", [
    "В четверг стороны подпишут соглашение о намерениях.",  # the date's own verb is future
    "В четверг министр приедет и объявит о намерении закупить катера.",
])
def test_a_future_act_or_a_plan_on_the_day_stays_ahead(text):
    assert _values(text) == ["2025-03-13"]
