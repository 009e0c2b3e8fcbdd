"""``chronology extract``: articles -> dated events -> content/events.yaml.

A thin layer over ``chronology.extraction.pipeline.extract_events`` (the orchestrator):
parse the options, pick the engine, print the summary and the bad files.
"""

from __future__ import annotations

import sys
from pathlib import Path

from chronology.config import DEFAULT_SITE, load_config
from chronology.extraction.engines import ENGINES, make_engine
from chronology.extraction.pipeline import extract_events

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
                        help="worker processes (default: the number of cores); with "
                        "--engine dask and no --scheduler, the local cluster's workers")
    parser.add_argument("--engine", choices=ENGINES, default="process",
                        help="where articles are analysed: 'process' (a process pool, the "
                        "default) or 'dask' (a Dask cluster; pip install 'chronology[dask]')")
    parser.add_argument("--scheduler", metavar="ADDRESS", default=None,
                        help="with --engine dask: the scheduler of a running cluster, e.g. "
                        "tcp://10.0.0.5:8786 (default: start a local cluster)")
    parser.add_argument("--explain", action="store_true",
                        help="print each article's reference date and each event's date rule")


def run(args) -> int:
    engine = make_engine(args.engine, jobs=args.jobs, scheduler=args.scheduler)
    config = load_config(args.site or DEFAULT_SITE, required=args.site is not None)
    result = extract_events(args.paths, args.output, config, engine,
                            explain=print if args.explain else None)
    print(result.report.summary(), file=sys.stderr)
    for failure in result.failures:
        print(f"chronology: error: {failure}", file=sys.stderr)
    return 1 if result.failures else 0
