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
    parser.add_argument("--articles", type=Path, default=None,
                        help="where source articles live, to check that sources exist "
                        "(default: the 'articles' directory next to FILE, i.e. content/articles)")
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors")


def articles_dir_for(file: Path, given: Path | None) -> Path | None:
    """The articles directory to check sources against: the given one, else FILE's sibling."""
    if given is not None:
        return given
    sibling = file.parent / "articles"
    return sibling if sibling.is_dir() else None


def run(args) -> int:
    problems = check_file(args.file, articles_dir=articles_dir_for(args.file, args.articles))
    errors = [p for p in problems if p.severity == "error" or args.strict]
    warnings = [p for p in problems if p not in errors]
    for p in errors:
        print(p, file=sys.stderr)
    if warnings:
        print("warnings:", file=sys.stderr)
    for p in warnings:
        print(p, file=sys.stderr)
    if errors:
        print(f"{args.file}: {len(errors)} error(s), {len(warnings)} warning(s)", file=sys.stderr)
        return 1
    print(f"{args.file}: ok ({len(warnings)} warning(s))")
    return 0
