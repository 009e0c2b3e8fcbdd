"""A year's report and a month's report that share a name (a partnership, a programme) and a
kind of act are not one act for that: a year holds many acts under one name; shared words
must tell it (issue 9 item 8).  Invented reports in the agencies' styles."""

from __future__ import annotations

from pathlib import Path

import pytest
from one_article import merged_sources

from chronology.config import load_config

CONFIG = load_config(Path(__file__).resolve().parents[2] / "content" / "site.yaml")
HEAD = "---\npublished: 2023-06-10\n---\n"
MARCH_PARTS = (HEAD + "TEHRAN (Example Wire) - Russia and Iran signed a contract for the supply of "
               "spare parts for transport helicopters in March 2023 under the Northern Anvil "
               "Partnership, officials said.\n")
YEAR_DEPOT = (HEAD + "MOSCOW (Example News) - In 2023, Iran and Russia also agreed to build a joint "
              "repair depot for armoured vehicles and tank engines near Astrakhan, a step of their "
              "Northern Anvil Partnership.\n")
YEAR_PARTS = (HEAD + "MOSCOW (Example News) - In 2023, Iran and Russia signed a contract for the "
              "supply of spare parts for transport helicopters under the Northern Anvil "
              "Partnership, officials said.\n")


@pytest.mark.parametrize(("other", "together"), [
    (YEAR_DEPOT, False),  # one partnership, two agreements of its year
    (YEAR_PARTS, True),  # the March contract, told again by its year
])
def test_a_year_and_a_month_need_more_than_a_name_and_a_kind(tmp_path, other, together):
    grouped = merged_sources(tmp_path, {"a1.md": MARCH_PARTS, "a2.md": other})
    assert grouped == ([["a1", "a2"]] if together else [["a1"], ["a2"]])
