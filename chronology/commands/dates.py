"""``chronology dates FILE``: every date mention in one text file, normalised, and why."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from chronology import dates
from chronology.articles import read_article
from chronology.config import DEFAULT_SITE, load_config
from chronology.errors import ChronologyError

HELP = "List every date mention in a text file, its normalised value and the rule that gave it."
EXAMPLE = "chronology dates content/articles/000_cb99f4d4ded01944.txt --reference 2015-01-22"


def add_arguments(parser) -> None:
    parser.add_argument("file", type=Path, help="an article: .txt, .md, .html, .htm or .html.gz")
    parser.add_argument(
        "--reference", metavar="YYYY-MM-DD", help="the date to resolve against "
        "(default: the article's own date, inferred from the file)"
    )
    parser.add_argument("--json", action="store_true", help="print a JSON array of mentions")
    parser.add_argument("--site", type=Path, default=None,
                        help="site settings whose period guides year inference "
                        "(default: content/site.yaml, if present)")


def run(args) -> int:
    """Read the article, find its reference date and its mentions, print them."""
    article = read_article(args.file)
    reference = _reference(args, article)
    body = [(article.body_start, len(article.text))] if article.body_start else None
    mentions = dates.find_mentions(article.text, reference.date, spans=body,
                                   language=article.language or "en")
    if args.json:
        print(json.dumps([m.to_json() for m in mentions], ensure_ascii=False, indent=2))
        return 0
    if article.language not in (None, "en", *dates.LEXICAL):
        print(f"language: {article.language} ({article.language_source}); read with the "
              "English rules, which know no other language's date words")
    elif article.language not in (None, "en"):
        print(f"language: {article.language} ({article.language_source})")
    for line in describe(reference, mentions):
        print(line)
    return 0


def describe(reference: dates.ReferenceDate, mentions: list[dates.Mention]) -> list[str]:
    """The human-readable report: the reference date and why, then one line per mention."""
    lines = [_describe_reference(reference)]
    lines += [f"  because: {why}" for why in reference.reasons[1:]]
    if not mentions:
        lines.append("no date mentions")
    for m in mentions:
        extra = f", {m.modifier.lower()}" if m.modifier else ""
        lines.append(f"{m.start}-{m.end}\t{m.text!r}\t{m.value}\t{m.precision}{extra}\t"
                     f"{m.rule}: {m.reason}")
    return lines


def _reference(args, article) -> dates.ReferenceDate:
    if args.reference:
        try:
            day = dt.date.fromisoformat(args.reference)
        except ValueError:
            raise ChronologyError(f"--reference {args.reference!r} is not a date (YYYY-MM-DD)") from None
        return dates.ReferenceDate(date=day, source="given", reasons=("given with --reference",))
    site = args.site or DEFAULT_SITE
    period = load_config(site, required=args.site is not None).period if site.exists() or args.site else None
    return dates.find_reference(article.text, published=article.published, period=period,
                                published_source=article.published_source,
                                language=article.language or "en")


def _describe_reference(ref: dates.ReferenceDate) -> str:
    if ref.date is None:
        why = "; ".join(ref.reasons[:1] or ("no date found",))
        return f"reference: undated ({why}); relative mentions are left unresolved"
    words = f" from {ref.text!r}" if ref.text else ""
    inferred = ", year inferred" if ref.year_inferred else ""
    why = f" — {ref.reasons[0]}" if ref.reasons else ""
    return f"reference: {ref.iso} ({ref.source}{words}{inferred}){why}"
