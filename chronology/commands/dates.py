"""``chronology dates FILE...``: every date mention in articles, normalised, and why.

One file prints as it always has (a report, or a JSON array with ``--json``).  Several
files, or a folder (its articles, recursively, in the order ``extract`` reads them), are read
in this one process: a header line per file, or with ``--json`` one JSON object per mention
and line (JSON Lines) naming its file.  A file that cannot be read is one line
``FILE: message`` on stderr; the others are still listed, and the exit status is 1.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from chronology import dates
from chronology.articles import Article, read_article, scan_articles
from chronology.config import DEFAULT_SITE, load_config
from chronology.dates.publication import in_page_order
from chronology.errors import ChronologyError

HELP = "List every date mention in articles, its normalised value and the rule that gave it."
EXAMPLE = ("chronology dates content/articles/000_cb99f4d4ded01944.txt --reference 2015-01-22\n"
           "  chronology dates content/articles --json > mentions.jsonl")


def add_arguments(parser) -> None:
    parser.add_argument("files", type=Path, nargs="+", metavar="FILE",
                        help="an article (.txt, .md, .html, .htm or .html.gz), or a folder of "
                        "them (read recursively)")
    parser.add_argument(
        "--reference", metavar="YYYY-MM-DD", help="the date to resolve against "
        "(default: each article's own date, inferred from the file)"
    )
    parser.add_argument("--json", action="store_true", help="print a JSON array of mentions "
                        "(several files: one JSON object per mention and line, with its file)")
    parser.add_argument("--site", type=Path, default=None,
                        help="site settings whose period guides year inference "
                        "(default: content/site.yaml, if present)")


@dataclass
class Dated:
    """One article's date mentions: the article, its reference date, the mentions."""

    article: Article
    reference: dates.ReferenceDate
    mentions: list[dates.Mention]


def run(args) -> int:
    """One file: its report.  Several files or a folder: each file's, in one process."""
    given = _given_reference(args.reference)
    period = None if given else _period(args.site)
    if len(args.files) == 1 and not args.files[0].is_dir():
        return _print_one(date_file(args.files[0], given, period), args.json)
    failed = 0
    for path, error in _article_files(args.files):
        try:
            if error is not None:
                raise error
            found = date_file(path, given, period)
        except ChronologyError as exc:
            failed += 1
            sys.stdout.flush()  # the error line comes after the files before it
            print(exc if exc.place else f"{path}: {exc.message}", file=sys.stderr)
            continue
        _print_many(path, found, args.json)
    return 1 if failed else 0


def date_file(path: Path, given: dates.ReferenceDate | None,
              period: tuple[int, int] | None) -> Dated:
    """Read the article at ``path``; its reference date (``given``, or found in it, guided
    by the site ``period``) and its date mentions."""
    article = read_article(path)
    reference = given or dates.find_reference(
        article.text, published=article.published, period=period,
        published_source=article.published_source, language=article.language or "en")
    body = [(article.body_start, len(article.text))] if article.body_start else None
    mentions = dates.find_mentions(article.text, reference.date, spans=body,
                                   language=article.language or "en")
    return Dated(article, reference, mentions)


def _print_one(found: Dated, as_json: bool) -> int:
    if as_json:
        print(json.dumps([m.to_json() for m in found.mentions], ensure_ascii=False, indent=2))
        return 0
    for line in report(found):
        print(line)
    return 0


def _print_many(path: Path, found: Dated, as_json: bool) -> None:
    if as_json:
        for m in found.mentions:
            print(json.dumps({"file": str(path), **m.to_json()}, ensure_ascii=False))
        return
    print(f"==> {path} <==")
    for line in report(found):
        print(line)
    print()


def report(found: Dated) -> list[str]:
    """The human-readable report of one article: its language if not English, then
    ``describe``."""
    language, source = found.article.language, found.article.language_source
    lines = []
    if language not in (None, "en", *dates.LEXICAL):
        lines.append(f"language: {language} ({source}); read with the English rules, which "
                     "know no other language's date words")
    elif language not in (None, "en"):
        lines.append(f"language: {language} ({source})")
    return lines + describe(found.reference, in_page_order(found.mentions, found.reference))


def _article_files(paths: list[Path]) -> list[tuple[Path, ChronologyError | None]]:
    """The files named, and the articles of the folders named (recursively, sorted as
    ``extract`` reads them), with a folder's refused files as errors."""
    out: list[tuple[Path, ChronologyError | None]] = []
    for path in paths:
        if not path.is_dir():
            out.append((path, None))
            continue
        scan = scan_articles([path])
        out += [(p, None) for p in scan.paths]
        out += [(Path(str(e.place or path)), e) for e in scan.refused]
    return out


def describe(reference: dates.ReferenceDate, mentions: list[dates.Mention]) -> list[str]:
    """The human-readable report: the reference date and why, then one line per mention."""
    lines = [_describe_reference(reference)]
    lines += [f"  because: {why}" for why in reference.reasons[1:]]
    if not mentions:
        lines.append("no date mentions")
    for m in mentions:
        extra = f", {m.modifier.lower()}" if m.modifier else ""
        lines.append(f"{m.start}-{m.end}\t{m.text!r}\t{m.timeml_value}\t{m.precision}{extra}\t"
                     f"{m.rule}: {m.reason}")
    return lines


def _given_reference(text: str | None) -> dates.ReferenceDate | None:
    if not text:
        return None
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise ChronologyError(f"--reference {text!r} is not a date (YYYY-MM-DD)") from None
    return dates.ReferenceDate(date=day, source="given", reasons=("given with --reference",))


def _period(site: Path | None) -> tuple[int, int] | None:
    """The site's period (read once for all files), if there are settings."""
    path = site or DEFAULT_SITE
    return load_config(path, required=site is not None).period if path.exists() or site else None


def _describe_reference(ref: dates.ReferenceDate) -> str:
    if ref.date is None:
        why = "; ".join(ref.reasons[:1] or ("no date found",))
        return f"reference: undated ({why}); relative mentions are left unresolved"
    words = f" from {ref.text!r}" if ref.text else ""
    inferred = ", year inferred" if ref.year_inferred else ""
    why = f" — {ref.reasons[0]}" if ref.reasons else ""
    return f"reference: {ref.iso} ({ref.source}{words}{inferred}){why}"
