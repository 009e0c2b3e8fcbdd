"""The real-article development set: facts in ``benchmarks/real/``, texts in an uncommitted cache.

Usage (from the repository root)::

    python benchmarks/real_set.py verify [--cache DIR]   # every cached text against its sha256
    python benchmarks/real_set.py list [--all] [--cache DIR]   # URLs to re-collect
    python benchmarks/real_set.py check                   # the facts files are consistent
    python benchmarks/real_set.py which URL...            # which article or page has each URL
    python benchmarks/real_set.py add URL [FILE]          # save a re-collected text (or stdin)

Each command reads every facts file (``--language en|ru|fa``: one): ``benchmarks/real/
articles.yaml`` (English), ``articles_ru.yaml`` (Russian) and ``articles_fa.yaml`` (Persian)
hold, per article, its URL, outlet, relationship, publication date, the sha256 of its cached
text and the gold events; never the text. The
texts live in ``.chronology-cache/real/<id>.txt`` (ignored by git). ``verify`` exits 1 when a
text is missing or changed; a text that differs from the measured copy only in whitespace
(a no-break space for a space, say) is reported but accepted. ``list`` prints what to
re-collect (README, "Real-article development set", says how). ``check`` needs no cache: it
checks the facts (same_as links point at existing events and are mutual, every split follows
the rule of :func:`split_of`, every relationship has a topic).

The split is decided by a rule, once: articles linked by ``same_as`` (the same event told by
several outlets) form a group; a group is ``dev`` when the sha256 of its first id (sorted) is
even, else ``held-out``. Merge groups therefore never straddle the splits.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import yaml

REPO = Path(__file__).resolve().parents[1]
SET_DIR = REPO / "benchmarks" / "real"
ARTICLES = SET_DIR / "articles.yaml"
# The facts file of each language; a file's top-level ``language`` is each article's language.
FACTS = {"en": ARTICLES, "ru": SET_DIR / "articles_ru.yaml", "fa": SET_DIR / "articles_fa.yaml"}
TOPICS = SET_DIR / "topics.yaml"
CACHE = REPO / ".chronology-cache" / "real"
# The reference-date set's pages (benchmarks/reference_eval.py) and their own cache folder.
REFERENCES = SET_DIR / "references.yaml"
REFERENCE_CACHE = REPO / ".chronology-cache" / "references"
SPLITS = ("dev", "held-out")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe loader that refuses a key written twice in one mapping: the facts are merged by
    hand from several rounds, and a plain load would keep the last copy without a word."""

    def construct_mapping(self, node, deep=False):
        seen = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if key in seen:
                raise ValueError(f"{node.start_mark.name}:{key_node.start_mark.line + 1}: "
                                 f"duplicate key {key!r} (first at line {seen[key]})")
            seen[key] = key_node.start_mark.line + 1
        return super().construct_mapping(node, deep)


def _load_yaml(path: Path):
    loader = _UniqueKeyLoader(path.read_text(encoding="utf-8"))
    loader.name = str(path)  # the file in every mark, for the error
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def load_articles(path: Path = ARTICLES) -> list[dict]:
    """The articles of the set, in file order, with their gold and their ``language``."""
    data = _load_yaml(path) or {}
    articles = data.get("articles") or []
    for article in articles:  # YAML may read an unquoted date as a date: keep strings
        article["published"] = str(article["published"])
        article.setdefault("language", data.get("language", "en"))
    return articles


def load_languages(languages: tuple[str, ...] = tuple(FACTS)) -> list[dict]:
    """The articles of the facts files of ``languages``, one file after the other."""
    return [a for code in languages for a in load_articles(FACTS[code])]


def load_topics(path: Path = TOPICS) -> dict[str, dict]:
    """Relationship -> its site settings (the mapping of a content/site.yaml)."""
    return _load_yaml(path) or {}


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def normalized_sha256(data: bytes) -> str:
    """The hash of the text with Unicode compatibility forms and every whitespace run folded."""
    text = unicodedata.normalize("NFKC", data.decode("utf-8", errors="replace"))
    return sha256_of(" ".join(text.split()).encode("utf-8"))


def groups(articles: list[dict]) -> dict[str, list[str]]:
    """Article id -> the sorted ids of its merge group (articles linked by ``same_as``)."""
    parent = {a["id"]: a["id"] for a in articles}

    def root(name: str) -> str:
        while parent[name] != name:
            parent[name] = parent[parent[name]]
            name = parent[name]
        return name

    for article in articles:
        for link in _links(article):
            other = link.split("#")[0]
            if other in parent:
                parent[root(article["id"])] = root(other)
    members: dict[str, list[str]] = {}
    for name in parent:
        members.setdefault(root(name), []).append(name)
    return {name: sorted(members[root(name)]) for name in parent}


def split_of(group: list[str]) -> str:
    """The split of a merge group: decided by the hash of its first id, never by hand."""
    digest = hashlib.sha256(sorted(group)[0].encode("utf-8")).hexdigest()
    return "dev" if int(digest, 16) % 2 == 0 else "held-out"


def _links(article: dict) -> list[str]:
    return [link for event in article.get("events") or [] for link in event.get("same_as") or []]


@dataclass
class CacheState:
    """What ``verify`` found for one article."""

    id: str
    url: str
    state: str  # "ok", "whitespace", "missing", "changed"


def cache_states(articles: list[dict], cache: Path = CACHE) -> list[CacheState]:
    """Each article's cached text compared with the recorded hash."""
    states = []
    for article in articles:
        path = cache / f"{article['id']}.txt"
        if not path.is_file():
            state = "missing"
        else:
            data = path.read_bytes()
            if sha256_of(data) == article["sha256"]:
                state = "ok"
            elif normalized_sha256(data) == article.get("sha256_normalized"):
                state = "whitespace"
            else:
                state = "changed"
        states.append(CacheState(article["id"], article["url"], state))
    return states


def verify_pages(pages: list[dict], cache: Path) -> int:
    """Print the pages whose cached text is missing or changed, and a count; 1 when any is
    (the ``--verify`` of ``reference_eval.py`` and ``title_pool.py``)."""
    states = cache_states(pages, cache)
    bad = [s for s in states if s.state in ("missing", "changed")]
    for s in bad:
        print(f"{s.id}: {s.state} ({s.url})")
    print(f"{len(states)} pages: {len(states) - len(bad)} ok, {len(bad)} missing or changed")
    return 1 if bad else 0


def check_facts(articles: list[dict], topics: dict[str, dict]) -> list[str]:
    """Problems in the facts file (empty when consistent)."""
    problems = []
    by_id = {a["id"]: a for a in articles}
    if len(by_id) != len(articles):
        problems.append("duplicate article ids")
    member = groups(articles)
    problems += _duplicate_problems(articles, by_id)
    for article in articles:
        name = article["id"]
        where = f"{name}:"
        if article.get("relationship") not in topics:
            problems.append(f"{where} relationship {article.get('relationship')!r} has no topic")
        if not DATE.match(article["published"]) or len(article["published"]) != 10:
            problems.append(f"{where} published {article['published']!r} is not YYYY-MM-DD")
        if article.get("split") != split_of(member[name]):
            problems.append(f"{where} split {article.get('split')!r}, the rule gives "
                            f"{split_of(member[name])!r}")
        for kind in ("events", "optional"):
            for i, gold in enumerate(article.get(kind) or []):
                for date in [gold.get("date"), *(gold.get("or_dates") or [])]:
                    if not DATE.match(str(date)):
                        problems.append(f"{where} {kind}[{i}] date {date!r} is not a date")
                if not gold.get("keywords"):
                    problems.append(f"{where} {kind}[{i}] has no keywords")
        for date in article.get("not_dates") or []:
            if not DATE.match(str(date)):
                problems.append(f"{where} not_dates {date!r} is not a date")
        for i, gold in enumerate(article.get("events") or []):
            for link in gold.get("same_as") or []:
                other, _, index = link.partition("#")
                target = by_id.get(other)
                events = (target or {}).get("events") or []
                if not index.isdigit() or int(index) >= len(events):
                    problems.append(f"{where} events[{i}] same_as {link!r}: no such event")
                    continue
                if f"{name}#{i}" not in (events[int(index)].get("same_as") or []):
                    problems.append(f"{where} events[{i}] same_as {link!r} is not linked back")
    return problems


def _duplicate_problems(articles: list[dict], by_id: dict[str, dict]) -> list[str]:
    """An article collected twice (the same URL or the same text) is measured once: every copy
    after the first seen must name it in ``duplicate_of``, and ``duplicate_of`` must name an
    article of the same URL or text that is no duplicate itself."""
    problems = []
    first: dict[tuple[str, str], str] = {}
    for article in articles:
        name = article["id"]
        same = [first[key] for key in (("url", article.get("url", "")),
                                        ("sha256", article.get("sha256", "")))
                if key[1] and key in first]
        marked = article.get("duplicate_of")
        if marked is not None:
            target = by_id.get(marked)
            if target is None or target is article:
                problems.append(f"{name}: duplicate_of {marked!r}: no such other article")
            elif target.get("duplicate_of") is not None:
                problems.append(f"{name}: duplicate_of {marked!r}, itself a duplicate")
            elif target.get("url") != article.get("url") and \
                    target.get("sha256") != article.get("sha256"):
                problems.append(f"{name}: duplicate_of {marked!r}, which has another URL and text")
        elif same and all(by_id[other].get("duplicate_of") != name for other in same):
            problems.append(f"{name}: the same URL or text as {same[0]}: mark one of the two "
                            f"'duplicate_of' the other")
        for key in (("url", article.get("url", "")), ("sha256", article.get("sha256", ""))):
            first.setdefault(key, name)
    return problems


def measured(articles: list[dict]) -> list[dict]:
    """The articles a benchmark measures: every one but those marked ``duplicate_of``."""
    return [a for a in articles if a.get("duplicate_of") is None]


def url_key(url: str) -> str:
    """A URL as the store and the facts may both write it: no scheme, no ``www.``, no
    trailing slash, percent-escapes decoded (Persian and Russian paths come either way)."""
    url = unquote(url.strip())
    url = re.sub(r"^[a-z]+://", "", url, flags=re.I)
    url = re.sub(r"^www\.", "", url, flags=re.I)
    return url.rstrip("/")


def _entries() -> list[tuple[dict, Path]]:
    """Every article of every facts file and every reference page, with its cache folder."""
    pages = (_load_yaml(REFERENCES) or {}).get("pages") or []
    return ([(a, CACHE) for a in load_languages()] + [(p, REFERENCE_CACHE) for p in pages])


def _state(entry: dict, folder: Path) -> str:
    return cache_states([entry], folder)[0].state


def which(urls: list[str], entries: list[tuple[dict, Path]] | None = None) -> list[str]:
    """One line per URL: each article or page that has it, with its cache state, or a note."""
    by_url: dict[str, list[tuple[dict, Path]]] = {}
    for entry, folder in _entries() if entries is None else entries:
        by_url.setdefault(url_key(entry["url"]), []).append((entry, folder))
    lines = []
    for url in urls:
        found = by_url.get(url_key(url), [])
        if not found:
            lines.append(f"{url}\tnot in the set")
        for entry, folder in found:
            lines.append(f"{url}\t{entry['id']}\t{_state(entry, folder)}")
    return lines


def add(url: str, data: bytes,
        entries: list[tuple[dict, Path]] | None = None) -> tuple[int, list[str]]:
    """Save ``data`` as the cached text of every entry with ``url`` whose hash it matches
    (exactly or with whitespace folded); a text that matches no hash is not saved."""
    found = [(e, f) for e, f in (_entries() if entries is None else entries)
             if url_key(e["url"]) == url_key(url)]
    if not found:
        return 1, [f"{url}: not in the set"]
    lines, status = [], 0
    for entry, folder in found:
        if sha256_of(data) == entry["sha256"]:
            state = "ok"
        elif normalized_sha256(data) == entry.get("sha256_normalized"):
            state = "whitespace"
        else:
            lines.append(f"{entry['id']}: the text matches neither hash: not saved")
            status = 1
            continue
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{entry['id']}.txt").write_bytes(data)
        lines.append(f"{entry['id']}: saved ({state})")
    return status, lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("verify", "list", "check", "which", "add"))
    parser.add_argument("rest", nargs="*", help="which: URLs; add: URL and a file (else stdin)")
    parser.add_argument("--cache", default=str(CACHE), help="the cache folder of article texts")
    parser.add_argument("--articles", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--language", choices=(*FACTS, "all"), default="all",
                        help="the facts file of one language (default: every one)")
    parser.add_argument("--all", action="store_true", help="list: every URL, not only missing")
    args = parser.parse_args(argv)
    if args.command == "which":
        print("\n".join(which(args.rest)))
        return 0
    if args.command == "add":
        if len(args.rest) not in (1, 2):
            parser.error("add takes a URL and, optionally, a file")
        data = Path(args.rest[1]).read_bytes() if len(args.rest) == 2 else sys.stdin.buffer.read()
        status, lines = add(args.rest[0], data)
        print("\n".join(lines))
        return status
    if args.articles:
        articles = load_articles(Path(args.articles))
    else:
        articles = load_languages(tuple(FACTS) if args.language == "all" else (args.language,))
    if args.command == "check":
        problems = check_facts(articles, load_topics())
        for line in problems:
            print(line)
        print(f"{len(articles)} articles, {len(problems)} problem(s)")
        return 1 if problems else 0
    states = cache_states(articles, Path(args.cache))
    if args.command == "list":
        for s in states:
            if args.all or s.state in ("missing", "changed"):
                print(f"{s.id}\t{s.url}")
        return 0
    counts: dict[str, int] = {}
    for s in states:
        counts[s.state] = counts.get(s.state, 0) + 1
        if s.state == "whitespace":
            print(f"{s.id}: differs from the measured copy only in whitespace (accepted)")
        elif s.state != "ok":
            print(f"{s.id}: {s.state} ({s.url})")
    summary = ", ".join(f"{counts.get(k, 0)} {k}" for k in ("ok", "whitespace", "missing",
                                                           "changed"))
    print(f"{len(states)} articles: {summary}")
    return 1 if counts.get("missing") or counts.get("changed") else 0


if __name__ == "__main__":
    raise SystemExit(main())
