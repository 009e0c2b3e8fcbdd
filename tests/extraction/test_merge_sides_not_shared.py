"""Two Persian (or Russian) reports telling two kinds of act, none in common, are one event
only when they share a quarter of their words; the words naming their sides (the leaders,
the countries: ``entities.side_words``) are no such words, as people's names are none in
English (issue 11 item 7): a month's signing during a visit and the day's talks of the same
two presidents are two acts.  Invented articles."""

from __future__ import annotations

from pathlib import Path

from chronology.articles import read_article
from chronology.config import load_config
from chronology.extraction import analyse_article, merge_results

CONFIG = load_config(Path(__file__).resolve().parents[2] / "content" / "site.yaml")
FA = "---\npublished: 2024-03-20\nlanguage: fa\n---\nعنوان خبر\n\n"
SIGNED = FA + ("رئیس‌جمهور ایران ماه مارس در سفری به روسیه، پیمان همکاری را با پوتین امضا "
               "کرد.\n")
TALKS = FA + ("پوتین روز سه‌شنبه پس از ورود رئیس‌جمهور ایران به روسیه با او دیدار کرد.\n")


def _grouped(tmp_path, texts: dict[str, str]) -> list[list[str]]:
    results = []
    for name, text in texts.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        results.append(analyse_article(read_article(path), CONFIG))
    merged = merge_results(results, CONFIG)
    return sorted(sorted(s.article for s in e.sources) for e in merged)


def test_a_signing_and_talks_sharing_only_their_sides_stay_apart(tmp_path):
    assert _grouped(tmp_path, {"signed.md": SIGNED, "talks.md": TALKS}) == [["signed"], ["talks"]]
