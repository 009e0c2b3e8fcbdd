"""``chronology new DIR``: start a chronology on another subject in one command."""

from __future__ import annotations

from pathlib import Path

from chronology.scaffold import create_project

HELP = "Create a new chronology in DIR: settings, an empty events file, articles/, Pages workflow."
EXAMPLE = "chronology new my-topic && cd my-topic && chronology build"


def add_arguments(parser) -> None:
    parser.add_argument("folder", type=Path, metavar="DIR",
                        help="a new or empty folder for the chronology")


def run(args) -> int:
    written = create_project(args.folder)
    for path in written:
        print(f"wrote {path}")
    print(f"next: edit {args.folder / 'content' / 'site.yaml'}, add articles to "
          f"{args.folder / 'content' / 'articles'}/, then run `chronology extract` there")
    return 0
