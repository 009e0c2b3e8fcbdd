"""Reading time of one-paragraph articles of 50 KB, 500 KB and 5 MB: it must grow linearly.

Each article is one paragraph (no line break) of sentences recombined from
``content/articles``, under a dateline, the worst shape for sentence splitting.  For each size
it prints the seconds to read the file (decode, front matter, blocks) and to analyse it (date
mentions, sentences, candidate events), and the time per 100 KB.

Example:
    python benchmarks/read_speed.py            # 50 KB, 500 KB, 5 MB
    python benchmarks/read_speed.py --sizes 50 500
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import make_corpus  # noqa: E402

from chronology.articles import TEXT, read_article  # noqa: E402
from chronology.articles.clean import line_kind  # noqa: E402
from chronology.config import load_config  # noqa: E402
from chronology.extraction import analyse_article  # noqa: E402


def one_paragraph(size: int) -> str:
    """An article of about ``size`` bytes whose body is a single paragraph."""
    sentences = [s for s in make_corpus.seed_sentences(HERE.parent / "content" / "articles")
                 if line_kind(s, True) is None]  # no disclaimer: the paragraph is story
    parts, length, i = ["MOSCOW, January 22 (Sputnik) –"], 0, 0
    while length < size:
        sentence = sentences[i % len(sentences)]
        parts.append(sentence)
        length += len(sentence.encode("utf-8")) + 1
        i += 1
    text = " ".join(parts)
    return text.encode("utf-8")[: min(size, TEXT.max_bytes)].decode("utf-8", "ignore") + "\n"


def measure(size_kb: int, folder: Path, config) -> tuple[float, float, int, int]:
    """Seconds to read and to analyse, the candidate events and the date mentions found (the
    paragraph repeats its sentences, and an article's repeated sentence is one event: the
    mentions show the whole paragraph was read)."""
    path = folder / f"paragraph_{size_kb}kb.txt"
    path.write_text(one_paragraph(size_kb * 1000), encoding="utf-8")
    start = time.perf_counter()
    article = read_article(path)
    read = time.perf_counter() - start
    start = time.perf_counter()
    result = analyse_article(article, config)
    return read, time.perf_counter() - start, len(result.candidates), len(result.mentions)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 500, 5000],
                        help="sizes in KB (default: 50 500 5000)")
    args = parser.parse_args(argv)
    config = load_config(HERE.parent / "content" / "site.yaml")
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            read, analyse, events, mentions = measure(size, Path(tmp), config)
            total = read + analyse
            print(f"{size:>6} KB: read {read:6.2f} s, analyse {analyse:6.2f} s, total "
                  f"{total:6.2f} s ({total / size * 100:.2f} s per 100 KB), {events} candidates, "
                  f"{mentions} date mentions", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
