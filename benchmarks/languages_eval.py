"""Extraction per language: reference-date accuracy and event P/R/F1 on invented articles.

Usage (from the repository root)::

    python benchmarks/languages_eval.py [--site FILE] [--errors]

Runs ``extraction_eval.evaluate`` on each language's folder of unseen articles
(``tests/extraction/unseen`` for English, ``unseen_ru`` for Russian in the styles of TASS,
RIA Novosti, Interfax, Interfax-AVN, Kommersant, RBC, Izvestia, Vedomosti, Zvezda and regional
outlets, ``unseen_fa`` for Persian in the styles of IRNA, Tasnim, Mehr, ISNA, Fars, IRIB and
the newspaper Iran; gold files in the same format, the split in each gold's ``split`` key)
and prints one line per language and split.  The README ("Measured", in the
languages section) keeps the figures.
``--errors`` lists the dev misses and extras (the held-out split is only measured).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO))

from extraction_eval import evaluate, report  # noqa: E402

from chronology.config import load_config  # noqa: E402

FOLDERS = {"en": "unseen", "ru": "unseen_ru", "fa": "unseen_fa"}


def main(argv: list[str] | None = None) -> int:
    """Print the figures per language and split."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", default=str(REPO / "content/site.yaml"))
    parser.add_argument("--errors", action="store_true", help="list dev misses and extras")
    args = parser.parse_args(argv)
    config = load_config(Path(args.site))
    for code, folder in FOLDERS.items():
        scores = evaluate(REPO / "tests/extraction" / folder, config)
        for split, score in scores.items():
            print(f"{code}  {report(split, score)}")
            if args.errors and split == "dev":
                for line in score.errors:
                    print("      " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
