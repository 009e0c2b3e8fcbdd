"""Evaluate the article's own date, read from the text alone, on the reference-date set.

Usage (from the repository root)::

    python benchmarks/reference_eval.py [--language en|ru|fa|all] [--split dev|held-out|all]
                                        [--errors] [--verify] [--cache DIR]

The set (``benchmarks/real/references.yaml``, README "Reference-date set") holds one date per
page in three languages; the texts live in ``.chronology-cache/references/<id>.txt``.
``--verify`` checks every cached text against its sha256 (``real_set.cache_states``) and exits
1 when one is missing or changed.

Each page is read exactly as ``real_eval.py --mode text`` reads an article (its functions:
the store's leading date stamp removed, the bare text written to a temporary ``.txt``, then
``read_article`` and ``analyse_article``, which pick the language and its rules), with a site
of no topic and the default period. Printed per language and split:

- pages whose text states the year: right / wrong / none (no date found);
- pages whose text does not: FALSE dates (a date other than the publication date: worse than
  no date, since nothing in the text supports it) and how many stayed undated.

``--errors`` lists the DEV split's wrong, missed and false dates with the reader's reason.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))

import real_eval  # noqa: E402
import real_set  # noqa: E402

from chronology.articles import read_article  # noqa: E402
from chronology.dates.model import ReferenceDate  # noqa: E402
from chronology.errors import ChronologyError  # noqa: E402
from chronology.extraction import analyse_article  # noqa: E402

PAGES = real_set.SET_DIR / "references.yaml"
CACHE = real_set.REPO / ".chronology-cache" / "references"
LANGUAGES = ("en", "ru", "fa")
SITE = {"title": "Reference dates"}  # no topic, the default period: the date alone is measured


@dataclass
class RefScore:
    """Counts for one language and split."""

    right: int = 0
    wrong: int = 0
    none: int = 0
    false: int = 0  # pages without a stated year that got a date other than their own
    undated: int = 0  # ... that stayed undated, as they should
    lucky: int = 0  # ... that got their own date all the same
    errors: list[str] = field(default_factory=list)

    def stated(self) -> int:
        return self.right + self.wrong + self.none

    def unstated(self) -> int:
        return self.false + self.undated + self.lucky


def load_pages(path: Path = PAGES) -> list[dict]:
    """The pages of the set, in file order (``published`` a string or None)."""
    pages = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("pages") or []
    for page in pages:
        page["published"] = None if page["published"] is None else str(page["published"])
    return pages


def read_reference(text: str, page: dict, folder: Path, config) -> ReferenceDate:
    """The reader's reference date of one page, read as ``real_eval --mode text`` reads; a
    page the reader refuses (no line reads as a story) is undated."""
    path = real_eval.write_article(text, page, "text", folder)
    try:
        article = read_article(path)
    except ChronologyError as error:
        return ReferenceDate(None, "none", reasons=(f"not read: {error.args[0][:80]}",))
    return analyse_article(article, config).reference


def score_page(reference, page: dict, score: RefScore) -> None:
    found, gold = reference.iso, page["published"]
    reason = "; ".join(reference.reasons)[:160]
    if page.get("text_has_year"):
        if found == gold:
            score.right += 1
            return
        kind = "none" if found is None else "wrong"
        setattr(score, kind, getattr(score, kind) + 1)
        score.errors.append(f"{page['id']}: {kind} {found} (gold {gold}) — {reason}")
    elif found is None:
        score.undated += 1
    elif found == gold:
        score.lucky += 1
    else:
        score.false += 1
        score.errors.append(f"{page['id']}: FALSE {found} (gold {gold}; no year in the text) "
                            f"— {reason}")


def evaluate(pages: list[dict], cache: Path = CACHE) -> tuple[dict, list[str]]:
    """(language, split) -> RefScore, and the ids skipped because their text is not cached."""
    scores: dict[tuple[str, str], RefScore] = {}
    skipped = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        config = real_eval.site_config(SITE, folder, "reference")
        for page in pages:
            path = cache / f"{page['id']}.txt"
            if not path.is_file():
                skipped.append(page["id"])
                continue
            reference = read_reference(real_eval.article_text(path), page, folder, config)
            score = scores.setdefault((page["language"], page["split"]), RefScore())
            score_page(reference, page, score)
    return scores, skipped


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def report(scores: dict[tuple[str, str], RefScore]) -> list[str]:
    lines = []
    for (language, split), s in sorted(scores.items()):
        lines.append(
            f"{language} {split:8}  text states year: {s.stated():3} pages, right {s.right:3} "
            f"{_percent(s.right, s.stated())}  wrong {s.wrong:2}  none {s.none:2}   "
            f"no year in text: {s.unstated():3} pages, FALSE dates {s.false:2} "
            f"{_percent(s.false, s.unstated())}  undated {s.undated:3}  own date {s.lucky}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=(*LANGUAGES, "all"), default="all")
    parser.add_argument("--split", choices=("dev", "held-out", "all"), default="all")
    parser.add_argument("--errors", action="store_true", help="list the DEV split's errors")
    parser.add_argument("--verify", action="store_true",
                        help="check the cached texts against their sha256 and stop")
    parser.add_argument("--cache", default=str(CACHE))
    parser.add_argument("--pages", default=str(PAGES), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    pages = load_pages(Path(args.pages))
    if args.verify:
        return real_set.verify_pages(pages, Path(args.cache))
    splits = real_set.SPLITS if args.split == "all" else (args.split,)
    if args.errors and "dev" not in splits:
        parser.error("--errors lists the dev split only (the held-out split is for measuring)")
    chosen = [p for p in pages if p["split"] in splits
              and args.language in ("all", p["language"])]
    scores, skipped = evaluate(chosen, Path(args.cache))
    if skipped:
        print(f"not in the cache, skipped ({len(skipped)}): {' '.join(skipped)}")
    for line in report(scores):
        print(line)
    if args.errors:
        for (_language, split), s in sorted(scores.items()):
            if split == "dev":
                for line in s.errors:
                    print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
