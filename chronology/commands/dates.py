"""``chronology dates FILE``: every date mention in one text file, normalised, and why."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from chronology import dates
from chronology.articles import read_article
from chronology.errors import ChronologyError

HELP = "List every date mention in a text file, its normalised value and the rule that gave it."
EXAMPLE = "chronology dates content/articles/000_cb99f4d4ded01944.txt --reference 2015-01-22"


def add_arguments(parser) -> None:
    parser.add_argument("file", type=Path, help="a text file (an article)")
    parser.add_argument(
        "--reference", metavar="YYYY-MM-DD", help="the date to resolve against "
        "(default: the article's own date, inferred from the file)"
    )
    parser.add_argument("--json", action="store_true", help="print a JSON array of mentions")


def run(args) -> int:
    article = read_article(args.file)
    reference = _reference(args, article)
    mentions = dates.find_mentions(article.text, reference.date)
    if args.json:
        print(json.dumps([m.to_json() for m in mentions], ensure_ascii=False, indent=2))
    else:
        print(_describe_reference(reference))
        for m in mentions:
            print(f"{m.start}-{m.end}\t{m.text!r}\t{m.value}\t{m.precision}\t{m.rule}: {m.reason}")
    return 0


def _reference(args, article) -> dates.ReferenceDate:
    if args.reference:
        try:
            day = dt.date.fromisoformat(args.reference)
        except ValueError:
            raise ChronologyError(f"--reference {args.reference!r} is not a date (YYYY-MM-DD)") from None
        return dates.ReferenceDate(date=day, source="given", reasons=("given with --reference",))
    return dates.find_reference(article.text, published=article.published)


def _describe_reference(ref: dates.ReferenceDate) -> str:
    if ref.date is None:
        return "reference: undated (" + "; ".join(ref.reasons or ("no date found",)) + ")"
    words = f" from {ref.text!r}" if ref.text else ""
    why = f" — {'; '.join(ref.reasons)}" if ref.reasons else ""
    return f"reference: {ref.iso} ({ref.source}{words}){why}"
