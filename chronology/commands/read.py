"""``chronology read FILE``: an article exactly as chronology reads it, in any format."""

from __future__ import annotations

import json
from pathlib import Path

from chronology.articles import describe_article, read_article
from chronology.articles.show import article_lines

HELP = ("Show an article as chronology reads it: title, publisher, url, published date and "
        "how it was found, language, and every block with its kind.")
EXAMPLE = "chronology read content/articles/saved-page.html --json"


def add_arguments(parser) -> None:
    parser.add_argument("file", type=Path, help="an article: .txt, .md, .html, .htm or .html.gz")
    parser.add_argument("--json", action="store_true",
                        help="print one JSON object (block offsets index its 'text')")


def run(args) -> int:
    article = read_article(args.file)
    if args.json:
        print(json.dumps(describe_article(article), ensure_ascii=False, indent=2))
    else:
        print("\n".join(article_lines(article)))
    return 0
