"""Evaluate chronology's reading of saved web pages against hand-made ground truth.

Usage (from the repository root)::

    python benchmarks/pages_eval.py [FOLDER] [--site FILE] [--errors]

FOLDER (default ``tests/articles/pages``) holds saved pages ``NN_slug.html`` with, next to
each, ``NN_slug.story.txt`` (the story text, written by hand: the paragraphs a reader
would call the article, without headline, captions, credits, bylines or lists),
``NN_slug.gold.yaml`` (split, reference date and events, as in ``extraction_eval.py``) and,
for English pages, ``NN_slug.twin.txt`` (the same story as a text article with front
matter).  Printed, in one run:

- story text: word 4-gram (shingle) precision, recall and F1 against ``*.story.txt``, the
  way article-extraction benchmarks score, for chronology's story blocks and for
  trafilatura alone (``trafilatura.extract`` with its defaults) on the same pages;
- per split (dev, held-out): reference-date accuracy and event precision / recall / F1;
- page-vs-twin: pages whose events equal their text twin's (dates and quotes).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import trafilatura
import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from extraction_eval import SPLITS, Score, _score_article  # noqa: E402

from chronology.articles import describe_article, read_article  # noqa: E402
from chronology.config import SiteConfig, load_config  # noqa: E402
from chronology.extraction import analyse_article  # noqa: E402

WORD = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter:
    """The text's word n-grams (lower case), counted."""
    tokens = WORD.findall(text.lower())
    if len(tokens) < n:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def shingle_scores(found: str, truth: str) -> tuple[float, float]:
    """(precision, recall) of ``found`` against ``truth``, by 4-gram shingles."""
    got, want = shingles(found), shingles(truth)
    common = sum((got & want).values())
    precision = common / sum(got.values()) if got else float(not want)
    recall = common / sum(want.values()) if want else 1.0
    return precision, recall


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def event_signature(result) -> list[tuple]:
    """What must match between a page and its twin: each event's dates and quotes (a caption
    the page prints between two quoted sentences is left out with "…"; the twin has none)."""
    return sorted((e.date, e.end_date or "", tuple(sorted((s.date or "", s.quote.replace(" … ", " "))
                                                           for s in e.sources)))
                  for e in result.candidates)


def pages(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir()
                  if p.name.endswith((".html", ".htm", ".html.gz"))
                  and _gold_path(p).exists())


def _gold_path(page: Path) -> Path:
    return page.with_name(page.name.split(".")[0] + ".gold.yaml")


def evaluate(folder: Path, config: SiteConfig) -> dict:
    """Every figure, for printing and for the regression test."""
    story = {"chronology": [], "trafilatura": []}
    scores = {split: Score() for split in SPLITS}
    twins = {"equal": 0, "pairs": 0, "different": []}
    for page in pages(folder):
        stem = page.name.split(".")[0]
        gold = yaml.safe_load(_gold_path(page).read_text(encoding="utf-8")) or {}
        truth = page.with_name(stem + ".story.txt").read_text(encoding="utf-8")
        article = read_article(page)
        story["chronology"].append(shingle_scores(describe_article(article)["story"], truth))
        alone = trafilatura.extract(page.read_bytes()) or ""
        story["trafilatura"].append(shingle_scores(alone, truth))
        result = analyse_article(article, config)
        _score_article(result, gold, scores[gold.get("split", "dev")])
        twin = page.with_name(stem + ".twin.txt")
        if twin.exists():
            twins["pairs"] += 1
            same = event_signature(result) == event_signature(
                analyse_article(read_article(twin), config))
            twins["equal"] += same
            if not same:
                twins["different"].append(stem)
    return {"story": story, "scores": scores, "twins": twins}


def story_figures(pairs: list[tuple[float, float]]) -> tuple[float, float, float]:
    """Mean precision, mean recall and their F1, in percent."""
    if not pairs:
        return 0.0, 0.0, 0.0
    p = sum(x for x, _ in pairs) / len(pairs)
    r = sum(y for _, y in pairs) / len(pairs)
    return 100 * p, 100 * r, 100 * f1(p, r)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(REPO / "tests/articles/pages"))
    parser.add_argument("--site", default=str(REPO / "content/site.yaml"))
    parser.add_argument("--errors", action="store_true", help="list dev misses and extras")
    args = parser.parse_args(argv)
    figures = evaluate(Path(args.folder), load_config(Path(args.site)))
    for name, pairs in figures["story"].items():
        p, r, f = story_figures(pairs)
        print(f"story text  {name:12} pages {len(pairs):2}  shingle P {p:5.1f} R {r:5.1f} "
              f"F1 {f:5.1f}")
    for split, score in figures["scores"].items():
        f = score.figures()
        print(f"{split:9} pages {score.articles:2}  reference {f['reference']:5.1f}%  "
              f"events P {f['precision']:5.1f} R {f['recall']:5.1f} F1 {f['f1']:5.1f}  "
              f"({score.correct}/{score.predicted} extracted, {score.found}/{score.gold} gold)  "
              f"forbidden {score.forbidden}")
    twins = figures["twins"]
    print(f"page = text twin: {twins['equal']}/{twins['pairs']} pages give the same events"
          + (f" (different: {', '.join(twins['different'])})" if twins["different"] else ""))
    if args.errors:
        for line in figures["scores"]["dev"].errors:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
