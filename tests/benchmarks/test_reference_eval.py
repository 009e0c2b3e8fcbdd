"""The reference-date eval on two invented pages (CI has no cache of real texts): one whose
publication line states its year, one that names only a month and a day."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))

import real_set  # noqa: E402
import reference_eval  # noqa: E402

DATED = ("Harbour Bridge Reopens\n\nPublished: 14 March 2019, 09:12\n\nThe harbour bridge in "
         "Portville reopened to traffic on Thursday after two years of repairs, the city said.\n")
UNDATED = ("Ferry Strike Ends\n\nPORTVILLE, June 3 (Example News) - Ferry crews in Portville "
           "ended their strike on Monday after the operator agreed to a new pay offer.\n")


def _page(name: str, text: str, published: str | None, has_year: bool, split: str) -> dict:
    data = text.encode("utf-8")
    return {"id": name, "url": f"https://example.org/{name}", "outlet": "Example",
            "language": "en", "published": published, "published_from": "invented",
            "text_has_year": has_year, "sha256": real_set.sha256_of(data),
            "sha256_normalized": real_set.normalized_sha256(data), "split": split}


@pytest.fixture
def fake_set(tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    pages = [_page("en_dated", DATED, "2019-03-14", True, "dev"),
             _page("en_undated", UNDATED, None, False, "dev")]
    for page, text in zip(pages, (DATED, UNDATED), strict=True):
        (cache / f"{page['id']}.txt").write_bytes(text.encode("utf-8"))
    path = tmp_path / "references.yaml"
    path.write_text(yaml.safe_dump({"pages": pages}), encoding="utf-8")
    return cache, path


def test_scores_right_date_and_undated_page(fake_set):
    cache, path = fake_set
    scores, skipped = reference_eval.evaluate(reference_eval.load_pages(path), cache)
    s = scores[("en", "dev")]
    assert skipped == []
    assert (s.right, s.wrong, s.none) == (1, 0, 0)
    assert (s.false, s.undated, s.lucky) == (0, 1, 0)


def test_a_date_on_a_page_without_its_year_is_false(fake_set):
    cache, path = fake_set
    pages = reference_eval.load_pages(path)
    reference = reference_eval.ReferenceDate(dt.date(2020, 6, 3), "dateline")
    score = reference_eval.RefScore()
    reference_eval.score_page(reference, pages[1], score)
    assert score.false == 1 and score.errors[0].startswith("en_undated: FALSE 2020-06-03")


def test_verify_and_main(fake_set, capsys):
    cache, path = fake_set
    assert reference_eval.main(["--verify", "--cache", str(cache), "--pages", str(path)]) == 0
    (cache / "en_dated.txt").write_bytes(DATED.replace("Thursday", "Friday").encode("utf-8"))
    assert reference_eval.main(["--verify", "--cache", str(cache), "--pages", str(path)]) == 1
    assert reference_eval.main(["--errors", "--cache", str(cache), "--pages", str(path)]) == 0
    out = capsys.readouterr().out
    assert "en_dated: changed" in out
    assert "en dev       text states year:   1 pages, right   1" in out
