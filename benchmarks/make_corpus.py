"""Generate a synthetic corpus of news articles for the scale benchmarks.

Articles are made by recombining sentences of the articles in ``content/articles`` under
varied datelines (agencies, cities, dates with and without years), so the extractor sees
realistic text of realistic length.  Deterministic for a given ``--seed``.

Example:
    python benchmarks/make_corpus.py /tmp/corpus --count 10000
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CITIES = ["MOSCOW", "TEHRAN", "BEIJING", "DUBAI", "ANKARA", "BAKU", "LONDON"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
        "Nov.", "Dec."]


def seed_sentences(articles_dir: Path) -> list[str]:
    """Every sentence-like line of the source articles, long enough to carry news."""
    sentences = []
    for path in sorted(articles_dir.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for part in re.split(r"(?<=[.!?”])\s+(?=[A-Z“])", line.strip()):
                if len(part) > 60:
                    sentences.append(part)
    return sentences


def dateline(rng: random.Random, day: dt.date) -> str:
    city = rng.choice(CITIES)
    style = rng.randrange(5)
    if style == 0:
        return f"{city}, {MONTHS[day.month - 1]} {day.day} (Sputnik) – "
    if style == 1:
        return f"{city}, {ABBR[day.month - 1]} {day.day} (Xinhua) -- "
    if style == 2:
        return f"{city}, {MONTHS[day.month - 1]} {day.day}. /TASS/. "
    if style == 3:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year} at 10:{day.day:02d} am\n\n"
    return f"Published: {day.day:02d} {ABBR[day.month - 1].rstrip('.')[:3]} {day.year}\n\n"


def make_article(rng: random.Random, sentences: list[str], index: int) -> str:
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(9 * 365))
    body = rng.sample(sentences, k=min(len(sentences), rng.randint(8, 25)))
    title = f"Report {index}: " + body[0][:60].rstrip()
    paragraphs = [dateline(rng, day) + body[0]] + body[1:]
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=2015)
    parser.add_argument("--articles", type=Path, default=REPO / "content" / "articles")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    sentences = seed_sentences(args.articles)
    args.out.mkdir(parents=True, exist_ok=True)
    for i in range(args.count):
        (args.out / f"synthetic_{i:05d}.txt").write_text(make_article(rng, sentences, i),
                                                          encoding="utf-8")
    print(f"wrote {args.count} articles to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
