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


def test_a_year_before_the_count_is_no_count(tmp_path):
    # "in 2029 delivered 6 … jets": the count is 6, the same as the month's; one act
    year = ("Later, Russia in 2029 delivered 6 Zefir-9 trainer jets to Iran, the Iranian air "
            "force said.")
    assert merged_counts(tmp_path, [("2030-06-01", year), ("2029-04-02", MONTH)]) == [2]


def test_counts_read_no_time_and_one_noun_in_both_numbers():
    from chronology.extraction.sameness import _counts
    assert _counts("Within 30 days the missiles were delivered.") == {}
    assert _counts("It ordered 6 batteries and 1 battery more.") == {"battery": {"6", "1"}}


def test_other_counts_part_a_year_and_its_month_by_any_link(tmp_path):
    # no named system, the same words otherwise: the counts still tell two deliveries
    year = "Later, Russia delivered 40 trainer jets to Iran in 2029, the Iranian air force said."
    month = "Russia delivered 6 trainer jets to Iran in March 2029, the Iranian air force said."
    assert merged_counts(tmp_path, [("2030-06-01", year), ("2029-04-02", month)]) == [1, 1]
