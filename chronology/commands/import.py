"""``chronology import FILE``: events from TimelineJS JSON/CSV or plain CSV into events.yaml."""

from __future__ import annotations

import sys
from pathlib import Path

from chronology.importing import import_file

HELP = ("Import events from TimelineJS JSON, TimelineJS spreadsheet CSV or plain CSV into the "
        "events file, keeping hand edits.")
EXAMPLE = "chronology import timeline.json -o content/events.yaml"


def add_arguments(parser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE",
                        help="a .json (TimelineJS) or .csv (TimelineJS spreadsheet or plain) file")
    parser.add_argument("-o", "--output", type=Path, default=Path("content/events.yaml"),
                        help="events file to create or update (default: content/events.yaml)")


def run(args) -> int:
    report = import_file(args.file, args.output)
    print(report.summary(), file=sys.stderr)
    return 0
