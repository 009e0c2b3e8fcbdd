"""A year's report and a month's report that share a name (a partnership, a programme) and a
kind of act are not one act for that: a year holds many acts under one name; shared words
must tell it (issue 9 item 8).  Invented reports in the agencies' styles."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronology.articles import read_article
from chronology.config import load_config
from chronology.extraction import analyse_article, merge_results

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


def _grouped(tmp_path, texts: dict[str, str]) -> list[list[str]]:
    results = []
    for name, text in texts.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        results.append(analyse_article(read_article(path), CONFIG))
    return sorted(sorted(s.article for s in e.sources) for e in merge_results(results, CONFIG))


@pytest.mark.parametrize(("other", "together"), [
    (YEAR_DEPOT, False),  # one partnership, two agreements of its year
    (YEAR_PARTS, True),  # the March contract, told again by its year
])
def test_a_year_and_a_month_need_more_than_a_name_and_a_kind(tmp_path, other, together):
    grouped = _grouped(tmp_path, {"a1.md": MARCH_PARTS, "a2.md": other})
    assert grouped == ([["a1", "a2"]] if together else [["a1"], ["a2"]])
