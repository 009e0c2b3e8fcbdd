"""Of two links as good in other respects, the one to a report of the same kind of act wins
(``sameness.KIND_BONUS``): a third outlet's "the signing of two agreements at the
consultations" joins another outlet's signing there, not its report of the consultations
themselves, when its words match both alike.  Invented reports."""

from __future__ import annotations

from pathlib import Path

from one_article import CONFIG, story

from chronology.articles import read_article
from chronology.extraction import analyse_article, merge_results
from chronology.extraction.sameness import KIND_BONUS, _match_score, match_score

FIRST = story("2024-06-04", (
    "Headline\n\nTEHRAN, June 4 -- Iranian Deputy Defence Minister Reza Talaei met Russian "
    "Deputy Defence Minister Alexander Fomin in Tehran on Monday as both countries pledged "
    "closer military ties.\n\nEarlier in the day, Reza Talaei and Alexander Fomin co-chaired "
    "the 7th Iran-Russia Defence Consultations. The two sides signed a Memorandum of "
    "Understanding on Naval Search and Rescue and also a Protocol on military education."))
SECOND = story("2024-06-04", (
    "Headline\n\nIran and Russia, on Monday, held the 7th Defence Consultations in Tehran, "
    "co-chaired by Iranian Deputy Defence Minister Reza Talaei and Russian Deputy Defence "
    "Minister Alexander Fomin, pledging closer military ties. During the consultations, both "
    "sides signed two accords to strengthen naval and educational cooperation.\n\nThe Iranian "
    "Deputy Defence Minister Reza Talaei meets Alexander Fomin on the sidelines of the 7th "
    "Iran-Russia Defence Consultations in Tehran on June 3, 2024."))
THIRD = story("2024-06-04", (
    "Headline\n\nIran and Russia have taken new steps to deepen their defence partnership "
    "with the signing of two agreements at the 7th Iran-Russia Defence Consultations held in "
    "Tehran on June 3, 2024."))


def _results(tmp_path: Path) -> list:
    results = []
    for name, text in (("r0.md", FIRST), ("r1.md", SECOND), ("r2.md", THIRD)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        results.append(analyse_article(read_article(path), CONFIG))
    return results


def test_a_signing_joins_the_signing_not_the_talks(tmp_path):
    events = merge_results(_results(tmp_path), CONFIG)
    third = next(e for e in events if "r2" in {s.article for s in e.sources})
    second = next(s for s in third.sources if s.article == "r1")
    assert "signed two accords" in second.quote
    assert {s.article for s in third.sources} == {"r0", "r1", "r2"}


def test_the_bonus_is_a_tie_breaker(tmp_path):
    found = [c for result in _results(tmp_path) for c in result.found]
    signings = [c for c in found if "agreement" in c.event.tags]
    a, b = signings[0], signings[-1]
    assert match_score(a, b) == _match_score(a, b) + KIND_BONUS
    assert KIND_BONUS < 0.1
