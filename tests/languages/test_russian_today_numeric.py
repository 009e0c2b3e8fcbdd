"""The lead's "today" before a numeric date gives the story's day (invented Russian texts,
written for these tests)."""

from __future__ import annotations

import pytest

from chronology.dates import find_reference

PERIOD = (2010, 2026)
LEAD = ("Парламент принял закон\nСегодня {date} депутаты областного совета приняли закон о "
        "новых правилах работы местных властей, сообщила пресс-служба совета.")


@pytest.mark.parametrize(("date", "expected"), [
    ("14 09 2016 года", "2016-09-14"),  # spaces between the parts, the year's word after
    ("14.09.2016", "2016-09-14"),
    ("14 09 2016", None),  # spaces and no year's word: perhaps no date at all
])
def test_today_before_a_numeric_date_opening_the_lead(date, expected):
    ref = find_reference(LEAD.format(date=date), period=PERIOD, language="ru")
    assert ref.iso == expected
