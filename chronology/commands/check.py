"""``chronology check [FILE]``: validate an events file; every problem as file:line:col."""

from __future__ import annotations

import sys
from pathlib import Path

from chronology.events.check import check_file

HELP = "Validate an events file and report every problem as file:line:col: message."
EXAMPLE = "chronology check content/events.yaml --strict"


def add_arguments(parser) -> None:
    parser.add_argument("file", nargs="?", type=Path, default=Path("content/events.yaml"),
                        help="the events file (default: content/events.yaml)")
    parser.add_argument("--articles", type=Path, default=Path("content/articles"),
                        help="where source articles live, to check that sources exist")
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors")


def run(args) -> int:
    problems = check_file(args.file, articles_dir=args.articles)
    errors = [p for p in problems if p.severity == "error" or args.strict]
    warnings = [p for p in problems if p not in errors]
    for p in errors:
        print(p, file=sys.stderr)
    for p in warnings:
        print(p, file=sys.stderr)
    if errors:
        print(f"{len(errors)} error(s), {len(warnings)} warning(s)", file=sys.stderr)
        return 1
    print(f"{args.file}: ok ({len(warnings)} warning(s))")
    return 0
