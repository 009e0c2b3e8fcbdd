"""``chronology build``: render the events file into a static site."""

from __future__ import annotations

import sys
from pathlib import Path

from chronology.site.build import build_site

HELP = "Render content/events.yaml into a static HTML timeline in build/."
EXAMPLE = "chronology build -o build && python -m http.server -d build"


def add_arguments(parser) -> None:
    parser.add_argument("-o", "--output", type=Path, default=Path("build"),
                        help="output directory (default: build)")
    parser.add_argument("--content", type=Path, default=Path("content"),
                        help="content directory with events.yaml and site.yaml (default: content)")
    parser.add_argument("--templates", type=Path, default=None,
                        help="your own templates folder; its files override the default theme")
    parser.add_argument("--strict", action="store_true",
                        help="treat warnings as errors: list them all, build nothing, exit 1")


def run(args) -> int:
    result = build_site(args.content, args.output, user_templates=args.templates,
                        strict=args.strict)
    for warning in result.warnings:
        print(warning, file=sys.stderr)
    if result.not_extracted:
        count = len(result.not_extracted)
        print(f"note: {count} article{'s' if count > 1 else ''} in {args.content / 'articles'} "
              f"{'are' if count > 1 else 'is'} not in {args.content / 'events.yaml'} yet: run "
              "`chronology extract` (or `make extract`) to add them", file=sys.stderr)
    print(f"built {result.pages} pages, {result.events} events -> {args.output / 'index.html'}")
    return 0
