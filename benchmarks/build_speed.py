"""Build speed: the whole site for 100, 1,000 and 10,000 synthetic events, against a bare render.

The baseline is the same events rendered by Jinja2 into one plain ``<ul>`` (no view models,
Markdown, chart, exports or writing), measured in the same run, so the ratio says what the
site's features cost. Loading the YAML is timed apart: both sides need it.

Run: ``PYTHONPATH=. python benchmarks/build_speed.py [--sizes 100 1000 10000] [--repeat 3]``
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from pathlib import Path

import jinja2
import yaml

from chronology.site.build import read_content, render_site
from chronology.site.context import gather
from chronology.site.writer import write_site

REPO = Path(__file__).resolve().parents[1]
VOCABULARY = ("Russia Iran Moscow Tehran defence ministers sign agreement on military cooperation naval "
         "drills Caspian delegation visit arms deal drones missiles exhibition talks embargo "
         "sanctions security officials said meeting")
WORDS = tuple(VOCABULARY.split())
TAGS = ("agreement", "visit", "drills", "arms", "sanctions", "navy", "drones", "diplomacy")
ACTORS = ("Sergei Shoigu", "Hossein Dehghan", "Mohammad Bagheri", "Valery Gerasimov",
          "Vladimir Putin", "Ali Khamenei", "Mohammad Reza Ashtiani", "Igor Osipov")
PLACES = ("Tehran", "Moscow", "Caspian Sea", "Syria", "Sochi")
BARE = jinja2.Template(
    "<ul>{% for e in events %}<li><time>{{ e.date }}</time> {{ e.title }} {{ e.summary }}"
    "{% for s in e.sources %} {{ s.quote }}{% endfor %}</li>{% endfor %}</ul>\n", autoescape=True)


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def synthetic(count: int, seed: int = 7) -> dict:
    """An events file with ``count`` events over 2015–2023 and one article per ten events."""
    rng = random.Random(seed)
    articles = {f"art-{i:05d}": {"title": sentence(rng, 8), "publisher": rng.choice(("Sputnik", "IRNA", "TASS")),
                                 "url": f"https://example.org/{i}", "reported": f"{2015 + i % 9}-06-15",
                                 "reference": "dateline"} for i in range(max(1, count // 10))}
    events = []
    for i in range(count):
        year, month, day = 2015 + rng.randrange(9), 1 + rng.randrange(12), 1 + rng.randrange(28)
        date = rng.choice((f"{year}-{month:02d}-{day:02d}",) * 6 + (f"{year}-{month:02d}", f"{year}"))
        sources = [{"article": rng.choice(sorted(articles)), "quote": sentence(rng, 25),
                    "date_text": "on Tuesday", "date": date} for _ in range(1 + rng.randrange(3))]
        events.append({"id": f"ev-{i:05d}", "date": date, "title": sentence(rng, 10),
                       "summary": f"{sentence(rng, 20)} **{rng.choice(WORDS)}**",
                       "tags": rng.sample(TAGS, 2), "actors": rng.sample(ACTORS, 2),
                       "places": [rng.choice(PLACES)], "context": i % 50 == 0, "sources": sources})
    return {"version": 1, "articles": articles, "events": events}


def best(fn, repeat: int):
    """The fastest of ``repeat`` runs (the least disturbed by other work): (seconds, result)."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def measure(count: int, repeat: int, root: Path) -> dict:
    """Time each stage of the build, and the bare render, on ``count`` synthetic events."""
    content = root / f"content-{count}"
    content.mkdir()
    shutil.copy(REPO / "content" / "site.yaml", content / "site.yaml")
    (content / "events.yaml").write_text(yaml.safe_dump(synthetic(count), sort_keys=False), encoding="utf-8")
    out = root / f"build-{count}"
    load, read = best(lambda: read_content(content), repeat)
    bare, _ = best(lambda: BARE.render(events=read.events.active()), repeat)
    prepare, ctx = best(lambda: gather(read.events, read.config), repeat)
    render, files = best(lambda: render_site(ctx, None, read.raw), repeat)
    write, _ = best(lambda: write_site(out, files), repeat)
    pages = sorted(out.glob("*.html"))
    return {"count": count, "load": load, "bare": bare, "site": prepare + render + write,
            "pages": len(pages), "index_kb": (out / "index.html").stat().st_size / 1024,
            "largest_kb": max(p.stat().st_size for p in pages) / 1024,
            "total_kb": sum(p.stat().st_size for p in out.rglob("*") if p.is_file()) / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"{'events':>7} {'load s':>7} {'bare s':>7} {'site s':>7} {'build s':>8} {'site/bare':>9} "
          f"{'build/(load+bare)':>17} {'pages':>5} {'index KB':>8} {'largest KB':>10} {'total KB':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for count in args.sizes:
            r = measure(count, args.repeat, Path(tmp))
            build = r["load"] + r["site"]
            print(f"{r['count']:>7} {r['load']:>7.3f} {r['bare']:>7.3f} {r['site']:>7.3f} {build:>8.3f} "
                  f"{r['site'] / r['bare']:>8.0f}x {build / (r['load'] + r['bare']):>16.1f}x "
                  f"{r['pages']:>5} {r['index_kb']:>8.1f} {r['largest_kb']:>10.1f} {r['total_kb']:>9.0f}")
    print("load = read site.yaml + events.yaml; bare = Jinja2 render of the events into one <ul>;")
    print("site = gather view models + render pages and exports + write and swap the folder.")


if __name__ == "__main__":
    main()
