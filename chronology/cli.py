"""The ``chronology`` command line: one subcommand per module in ``chronology.commands``.

Each command module defines ``HELP`` (one line), ``EXAMPLE`` (shown in ``--help``),
``add_arguments(parser)`` and ``run(args) -> int``.  User errors are
``ChronologyError``: printed as one line, exit 1, never a traceback (``--debug`` shows one).
"""

from __future__ import annotations

import argparse
import os
import sys
from importlib import import_module

from chronology import __version__, checkpoints, interrupts
from chronology.errors import ChronologyError

COMMANDS = ("new", "extract", "read", "dates", "check", "build", "serve", "import")


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser.  When ``argv`` names a command, only that command's module is imported
    (``chronology dates`` must not pay for Jinja and the extractor); the others are listed
    by name.  Without one (``--help``, a mistake), every command is imported for its help."""
    wanted = _command_in(argv)
    parser = argparse.ArgumentParser(
        prog="chronology",
        description="Build event chronologies from news articles: extract dated events, "
        "let people edit them in YAML, render a static timeline site.",
        epilog="Example:\n  chronology extract && chronology build && open build/index.html",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"chronology {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        if wanted is not None and name != wanted:
            sub.add_parser(name)
            continue
        module = import_module(f"chronology.commands.{name}")
        cmd = sub.add_parser(
            name,
            help=module.HELP,
            description=module.HELP,
            epilog=f"Example:\n  {module.EXAMPLE}",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        cmd.add_argument("--debug", action="store_true", help="show tracebacks for errors")
        module.add_arguments(cmd)
        cmd.set_defaults(run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        with interrupts.held():  # a Ctrl-C while every command is imported: raised just after
            parser = build_parser(sys.argv[1:] if argv is None else argv)
            checkpoints.reached("cli-imported")
        args = parser.parse_args(argv)
    except KeyboardInterrupt:
        print("chronology: interrupted", file=sys.stderr)
        return 130
    try:
        code = args.run(args)
        sys.stdout.flush()  # inside the try: a closed pipe shows up here, not at exit
        return code
    except BrokenPipeError:
        return _reader_gone()
    except ChronologyError as exc:
        if args.debug:
            raise
        print(f"chronology: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("chronology: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:
        if args.debug:
            raise
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        print(f"chronology: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 1


def _command_in(argv: list[str] | None) -> str | None:
    """The command ``argv`` names (its first word that is not an option), if it is one."""
    words = [a for a in argv or [] if not a.startswith("-")]
    return words[0] if words and words[0] in COMMANDS else None


def _reader_gone() -> int:
    """The reader of our output left (``chronology dates FILE | head``): that is not an error.
    Point stdout at /dev/null so the interpreter's last flush does not fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return 0
