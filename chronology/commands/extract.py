"""``chronology extract``: articles -> dated events -> content/events.yaml.

The orchestrator, top to bottom:
1. find the article files and the site settings;
2. analyse each article (pure, parallel): reference date, date mentions, candidate events;
3. merge candidates across articles (same event, several sources; conflicts flagged);
4. reconcile with the existing events file, keeping every hand edit, and write it atomically.
"""

from __future__ import annotations

import sys
from pathlib import Path

from chronology import checkpoints
from chronology.articles import scan_articles
from chronology.config import DEFAULT_SITE, load_config
from chronology.errors import ChronologyError
from chronology.events.store import update_events_file
from chronology.extraction import describe_merges, merge_results
from chronology.extraction.runner import analyse_paths

HELP = "Extract dated events from articles into the events YAML file, keeping hand edits."
EXAMPLE = "chronology extract content/articles -o content/events.yaml --explain"


def add_arguments(parser) -> None:
    parser.add_argument("paths", nargs="*", type=Path, default=[Path("content/articles")],
                        help="article files or directories (default: content/articles)")
    parser.add_argument("-o", "--output", type=Path, default=Path("content/events.yaml"),
                        help="events file to create or update (default: content/events.yaml)")
    parser.add_argument("--site", type=Path, default=None,
                        help="site settings with the topic and period (default: content/site.yaml)")
    parser.add_argument("--jobs", "-j", type=int, default=None,
                        help="worker processes (default: the number of cores)")
    parser.add_argument("--explain", action="store_true",
                        help="print each article's reference date and each event's date rule")


def run(args) -> int:
    if args.jobs is not None and args.jobs < 1:
        raise ChronologyError(f"--jobs must be 1 or more, not {args.jobs}")
    config = load_config(args.site or DEFAULT_SITE, required=args.site is not None)
    scan = scan_articles(args.paths)
    results, failures = analyse_paths(scan.paths, config, jobs=args.jobs)
    failures = sorted(failures + scan.refused, key=lambda f: str(f.place))
    events = merge_results(results, config)
    if args.explain:
        for result in results:
            print("\n".join(result.explain))
        print("\n".join(describe_merges(events)))
    articles = {r.article_id: r.info for r in results}
    checkpoints.reached("extract-analysed")
    report = update_events_file(args.output, events, articles)
    print(report.summary(), file=sys.stderr)
    for failure in failures:
        print(f"chronology: error: {failure}", file=sys.stderr)
    return 1 if failures else 0
