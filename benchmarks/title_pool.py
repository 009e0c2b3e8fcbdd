"""Count broken headlines on the title pool (``benchmarks/real/title_pool.yaml``).

Usage (from the repository root)::

    python benchmarks/title_pool.py [--verify] [--split dev|held-out|all] [--titles]
                                    [--cache DIR]

The pool (README, "Title pool") holds real English pages without gold; their texts live in
``.chronology-cache/titlepool/<id>.txt``. ``--verify`` checks every cached text against its
sha256 (``real_set.cache_states``), lists what is missing or changed and exits 1 if any is.

A run reads each page as ``real_eval.py`` reads an article (its functions: the store's leading
date stamp removed, the page written to a temporary ``.txt``, ``read_article`` then
``analyse_article`` with the relationship's topic from ``topics.yaml``): in given mode with
the page's ``published`` date when the page states one, else in text mode (the reader finds
the date). Every extracted title is checked by ``title_check.problems``. Printed per batch
and split: pages read, pages with events, titles, broken titles and their rules.
``--titles`` prints the DEV split's titles with their verdicts (never the held-out ones).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))

import real_eval  # noqa: E402
import real_set  # noqa: E402
import title_check  # noqa: E402

from chronology.articles import read_article  # noqa: E402
from chronology.errors import ChronologyError  # noqa: E402
from chronology.extraction import analyse_article  # noqa: E402

POOL = real_set.SET_DIR / "title_pool.yaml"
CACHE = real_set.REPO / ".chronology-cache" / "titlepool"


def load_pages(path: Path = POOL) -> list[dict]:
    """The pages of the pool, in file order (``published`` a string or None)."""
    pages = (real_set._load_yaml(path) or {}).get("pages") or []
    for page in pages:
        page["published"] = None if page["published"] is None else str(page["published"])
    return pages


def page_titles(page: dict, text: str, folder: Path, configs: dict) -> list[tuple[str, str]]:
    """(date, title) of every event the extractor gives the page; none when it is refused."""
    mode = "given" if page["published"] else "text"
    path = real_eval.write_article(text, page, mode, folder)
    name = page["relationship"]
    if name not in configs:
        configs[name] = real_eval.site_config(real_set.load_topics()[name], folder, name)
    try:
        result = analyse_article(read_article(path), configs[name])
    except ChronologyError:
        return []
    return [(event.date, event.title) for event in result.candidates]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "held-out", "all"), default="all")
    parser.add_argument("--verify", action="store_true",
                        help="check the cached texts against their sha256 and stop")
    parser.add_argument("--titles", action="store_true",
                        help="print the DEV split's titles with their verdicts")
    parser.add_argument("--cache", default=str(CACHE))
    parser.add_argument("--pages", default=str(POOL), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    pages = load_pages(Path(args.pages))
    if args.verify:
        return real_set.verify_pages(pages, Path(args.cache))
    splits = real_set.SPLITS if args.split == "all" else (args.split,)
    counts: dict[tuple[int, str], dict] = {}
    skipped, lines = [], []
    with tempfile.TemporaryDirectory() as tmp:
        configs: dict = {}
        for page in (p for p in pages if p["split"] in splits):
            path = Path(args.cache) / f"{page['id']}.txt"
            if not path.is_file():
                skipped.append(page["id"])
                continue
            titles = page_titles(page, real_eval.article_text(path), Path(tmp), configs)
            c = counts.setdefault((page["batch"], page["split"]),
                                  {"pages": 0, "with": 0, "titles": 0, "broken": 0, "rules": {}})
            c["pages"] += 1
            c["with"] += bool(titles)
            for date, title in titles:
                rules = title_check.problems(title)
                c["titles"] += 1
                c["broken"] += bool(rules)
                for rule in rules:
                    c["rules"][rule] = c["rules"].get(rule, 0) + 1
                if page["split"] == "dev":
                    verdict = "BROKEN " + ", ".join(rules) if rules else "ok"
                    lines.append(f"  dev: {page['id']}  {date}  {title!r}  -> {verdict}")
    if skipped:
        print(f"not in the cache, skipped ({len(skipped)}): {' '.join(skipped)}")
    for (batch, split), c in sorted(counts.items()):
        rules = ", ".join(f"{k} {v}" for k, v in sorted(c["rules"].items(),
                                                        key=lambda kv: (-kv[1], kv[0])))
        print(f"batch {batch} {split:8}  pages {c['pages']:3} (with events {c['with']:3})  "
              f"titles {c['titles']:3}  broken {c['broken']:2} "
              f"{real_eval._percent(c['broken'], c['titles']).strip()}"
              + (f"  ({rules})" if rules else ""))
    if args.titles:
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
