"""A report of a year and a report of one of its months that name the same system are one
act only when their counts of it agree: "delivered 40 Zefir-9 jets in 2029" and "delivered
6 Zefir-9 jets in March 2029" are two deliveries of one programme; the same count (or one
report giving none) stays one act."""

from __future__ import annotations

import pytest
from one_article import merged_counts

YEAR = ("Later, Russia delivered {count} Zefir-9 trainer jets to Iran in 2029, the Iranian "
        "air force said.")
MONTH = ("Russia delivered 6 Zefir-9 trainer jets to Iran in March 2029, the Iranian air force "
         "said.")


@pytest.mark.parametrize(("count", "merged"), [
    ("40", [1, 1]),
    ("6", [2]),  # near miss: the same count, one delivery told twice
])
def test_counts_of_one_system_in_a_year_and_its_month(tmp_path, count, merged):
    leads = [("2030-06-01", YEAR.format(count=count)), ("2029-04-02", MONTH)]
    assert merged_counts(tmp_path, leads) == merged
