"""Evaluate extraction on the real-article development set (``benchmarks/real/``).

Usage (from the repository root, after ``python benchmarks/real_set.py verify``)::

    python benchmarks/real_eval.py [--language en|ru|fa] [--split dev|held-out|all]
                                   [--mode given|text] [--errors] [--titles] [--cache DIR]

``--language`` picks the facts file (``real_set.FACTS``: ``articles.yaml`` for English, the
default, ``articles_ru.yaml``, ``articles_fa.yaml``).

Each cached article (``.chronology-cache/real/<id>.txt``) is written to a temporary ``.txt``
file and run through the library (``read_article``, ``analyse_article``, then
``merge_results`` per relationship) with its relationship's topic from ``topics.yaml``:

- ``--mode given`` (default): the file starts with front matter ``published: YYYY-MM-DD``
  (the article's true date), as a user who knows the date would write it;
- ``--mode text``: the bare text; the extractor must find the article's own date.

The store's leading ``" date YYYY-MM-DD "`` stamp (page metadata the search store puts in
front of some texts, not part of the article) is removed in both modes.

Printed per split: reference-date accuracy (text mode; also, with event precision and
recall, for the articles whose text states its year: the "from the text alone" figure),
event precision / recall / F1 with the matching rules of ``extraction_eval.py`` (same date,
or one of ``or_dates``; every keyword in the title or a quote; optional events neither
rewarded nor penalised), events on forbidden dates, events matching a gold event's keywords
on another date ("wrong date"), merges found (one merged event citing both articles of a
``same_as`` pair and matching both) out of expected, wrong merges (a merged event whose
sources each tell one gold event, and these are not linked by ``same_as``), the pairs whose
both gold events were matched by an extracted event and how many of them merged ("both
found: N, merged M, wrong W": the merge rules' own figure, apart from extraction recall), and the
broken-title rate
(``title_check.py``, English titles only: its rules are English ones). ``--errors`` lists, for the DEV split only, reference
errors, misses, extras, wrong dates, missed merges and broken titles with their rules.
``--titles`` prints every extracted title of the chosen split with its verdict.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import yaml

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))

import real_set  # noqa: E402
import title_check  # noqa: E402
from extraction_eval import Score, _matches, _text, match_events  # noqa: E402

from chronology.articles import read_article  # noqa: E402
from chronology.config import SiteConfig, load_config  # noqa: E402
from chronology.errors import ChronologyError  # noqa: E402
from chronology.extraction import analyse_article, merge_results  # noqa: E402

STORE_STAMP = re.compile(r"\A date \d{4}(?:-\d{2}){0,2} ")


@dataclass
class RealScore(Score):
    """The figures of ``extraction_eval.Score`` plus those of real articles."""

    year_articles: int = 0  # articles whose text states their year
    year_reference_ok: int = 0
    year_gold: int = 0  # ... their gold events, found, and extracted events (not optional)
    year_found: int = 0
    year_predicted: int = 0
    wrong_dates: int = 0
    merges: int = 0
    merges_found: int = 0
    pairs_both_found: int = 0  # same_as pairs whose both gold events an extracted event matched
    merges_both_found: int = 0  # ... and merged: the merge rules' own figure
    found_gold: set[str] = field(default_factory=set)  # "article#index" of gold events found
    multi_source: int = 0  # merged events citing two or more articles
    wrong_merges: int = 0  # ... whose sources tell gold events not linked by ``same_as``
    titles: int = 0
    broken: int = 0
    broken_by_rule: dict[str, int] = field(default_factory=dict)
    title_lines: list[str] = field(default_factory=list)


def gold_dates(gold: dict) -> list[str]:
    return [str(gold["date"]), *(str(d) for d in gold.get("or_dates") or [])]


def matches(event, gold: dict) -> bool:
    """``extraction_eval``'s rule, for each acceptable date of the gold event."""
    return any(_matches(event, {**gold, "date": d}) for d in gold_dates(gold))


def keywords_match(event, gold: dict) -> bool:
    text = _text(event)
    return all(str(k).lower() in text for k in gold.get("keywords", []))


def article_text(path: Path) -> str:
    """The cached text without the store's leading date stamp."""
    text = path.read_bytes().decode("utf-8")
    return STORE_STAMP.sub("", text, count=1)


def site_config(settings: dict, folder: Path, name: str) -> SiteConfig:
    """A relationship's settings, loaded by the project's own loader from a temporary file."""
    path = folder / f"{name}.site.yaml"
    path.write_text(yaml.safe_dump(settings, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")
    return load_config(path, required=True)


def write_article(text: str, article: dict, mode: str, folder: Path) -> Path:
    path = folder / f"{article['id']}.txt"
    head = f"---\npublished: {article['published']}\n---\n" if mode == "given" else ""
    path.write_text(head + text, encoding="utf-8")
    return path


def score_article(result, article: dict, score: RealScore, mode: str) -> None:
    """One article's events, reference and titles (one-to-one greedy matching)."""
    name = article["id"]
    score.articles += 1
    want = {article["published"], *(str(d) for d in article.get("reference_also") or [])}
    ok = result.reference.iso in want
    score.reference_ok += ok
    if article.get("text_has_year"):
        score.year_articles += 1
        score.year_reference_ok += ok
    if mode == "text" and not ok:
        year = "text states the year" if article.get("text_has_year") else "no year in text"
        score.errors.append(f"{name}: reference {result.reference.iso} (gold "
                            f"{article['published']}; {year})")
    golds = list(article.get("events") or [])
    forbidden = {str(d) for d in article.get("not_dates") or []}
    unmatched, extras = match_events(result.candidates, article, score, matches)
    score.found_gold.update(f"{name}#{i}" for i in range(len(golds)) if i not in unmatched)
    if article.get("text_has_year"):
        score.year_gold += len(golds)
        score.year_found += len(golds) - len(unmatched)
        score.year_predicted += len(golds) - len(unmatched) + len(extras)
    for i in unmatched:
        g = golds[i]
        wrong = next((e for e in extras if keywords_match(e, g)), None)
        if wrong is not None:
            score.wrong_dates += 1
            extras.remove(wrong)
            score.errors.append(f"{name}: wrong date {wrong.date} (gold {'/'.join(gold_dates(g))}"
                                f" {g.get('keywords')}) {wrong.title!r}")
        else:
            score.errors.append(f"{name}: missed {'/'.join(gold_dates(g))} {g.get('keywords')}")
    for event in extras:
        forbidden_mark = " [forbidden date]" if event.date in forbidden else ""
        score.errors.append(f"{name}: extra {event.date} {event.title!r}{forbidden_mark}")
    if article.get("language", "en") != "en":
        # title_check's rules (verbs, agreement, fragments) are English ones: listed for reading
        score.title_lines.extend(f"{name}  {event.date}  {event.title!r}  -> not checked"
                                 for event in result.candidates)
        return
    for event in result.candidates:
        rules = title_check.problems(event.title)
        score.titles += 1
        verdict = "ok" if not rules else "BROKEN " + ", ".join(rules)
        score.title_lines.append(f"{name}  {event.date}  {event.title!r}  -> {verdict}")
        if rules:
            score.broken += 1
            for rule in rules:
                score.broken_by_rule[rule] = score.broken_by_rule.get(rule, 0) + 1
            score.errors.append(f"{name}: broken title ({', '.join(rules)}) {event.title!r}")


def merge_pairs(articles: list[dict]) -> set[tuple[str, str]]:
    """The expected merges: ``same_as`` links as unordered pairs of ``article#index``."""
    pairs = set()
    for article in articles:
        for i, gold in enumerate(article.get("events") or []):
            for link in gold.get("same_as") or []:
                pairs.add(tuple(sorted((f"{article['id']}#{i}", link))))
    return pairs


def _merged_matches(event, article_id: str, gold: dict) -> bool:
    dates = set(gold_dates(gold))
    return keywords_match(event, gold) and any(
        s.article == article_id and s.date in dates for s in event.sources)


def _gold_of(source, article: dict) -> list[int]:
    """The gold events of ``article`` a merged event's source tells: the source's date is
    one of the gold event's and its quote holds every keyword."""
    quote = source.quote.lower()
    return [i for i, gold in enumerate(article.get("events") or [])
            if source.date in gold_dates(gold)
            and all(str(k).lower() in quote for k in gold.get("keywords", []))]


def _linked(pairs: set[tuple[str, str]]) -> dict[str, str]:
    """``article#index`` -> a name for its group of gold events linked by ``same_as``."""
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        while parent.setdefault(node, node) != node:
            node = parent[node]
        return node

    for left, right in sorted(pairs):
        a, b = root(left), root(right)
        parent[max(a, b)] = min(a, b)
    return {node: root(node) for node in parent}


def wrong_merge(event, articles: dict[str, dict], groups: dict[str, str]) -> bool:
    """A merged event citing two articles whose sources tell gold events that are not
    one (not linked by ``same_as``); a source matching no gold event (an extra, or its
    keywords only in another quote) tells nothing either way."""
    told = set()
    for source in event.sources:
        found = _gold_of(source, articles[source.article])
        if len(found) == 1:
            node = f"{source.article}#{found[0]}"
            told.add(groups.get(node, node))
    return len(told) > 1


def score_merges(merged: list, articles: dict[str, dict], score: RealScore,
                 pairs: set[tuple[str, str]]) -> None:
    several = [e for e in merged if len({s.article for s in e.sources}) > 1]
    score.multi_source += len(several)
    groups = _linked(merge_pairs(list(articles.values())))
    for event in several:
        if wrong_merge(event, articles, groups):
            score.wrong_merges += 1
            score.errors.append(f"{event.sources[0].article}: wrong merge {event.date} "
                                f"{event.title!r} with "
                                f"{' '.join(sorted({s.article for s in event.sources[1:]}))}")
    for left, right in sorted(pairs):
        (a, i), (b, j) = left.split("#"), right.split("#")
        gold_a = articles[a]["events"][int(i)]
        gold_b = articles[b]["events"][int(j)]
        score.merges += 1
        found = any(_merged_matches(e, a, gold_a) and _merged_matches(e, b, gold_b)
                    for e in merged)
        score.merges_found += found
        missing = [end for end in (left, right) if end not in score.found_gold]
        if not missing:
            score.pairs_both_found += 1
            score.merges_both_found += found
        if not found:
            why = f"not found: {' '.join(missing)}" if missing else "both found"
            score.errors.append(f"{a}: not merged with {b} ({gold_a['date']} "
                                f"{gold_a.get('keywords')} / {gold_b['date']} "
                                f"{gold_b.get('keywords')}; {why})")


@dataclass
class _Refused:
    """The result of a page the reader refused: no reference date, no event."""

    article_id: str
    reference: SimpleNamespace = field(default_factory=lambda: SimpleNamespace(iso=None))
    candidates: tuple = ()


def evaluate(splits: tuple[str, ...], mode: str, cache: Path = real_set.CACHE,
             articles: list[dict] | None = None,
             topics: dict[str, dict] | None = None) -> tuple[dict[str, RealScore], list[str]]:
    """Scores per split, and the ids skipped because their text is not in the cache."""
    articles = real_set.load_articles() if articles is None else articles
    topics = real_set.load_topics() if topics is None else topics
    chosen = [a for a in real_set.measured(articles) if a["split"] in splits]
    scores = {split: RealScore() for split in splits}
    skipped = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        configs = {name: site_config(settings, folder, name) for name, settings in topics.items()}
        results: dict[str, list] = {}
        present: dict[str, dict] = {}
        for article in chosen:
            path = cache / f"{article['id']}.txt"
            if not path.is_file():
                skipped.append(article["id"])
                continue
            file = write_article(article_text(path), article, mode, folder)
            config = configs[article["relationship"]]
            try:
                result = analyse_article(read_article(file), config)
            except ChronologyError as error:
                # The reader refused the page (no line read as a story): it gave no event, so
                # its gold counts as missed, not the whole run as failed.
                result = _Refused(article["id"])
                scores[article["split"]].errors.append(
                    f"{article['id']}: refused by the reader ({error})")
            score_article(result, article, scores[article["split"]], mode)
            if not isinstance(result, _Refused):
                results.setdefault(article["relationship"], []).append(result)
            present[article["id"]] = article
        for split in splits:
            pairs = {p for p in merge_pairs(list(present.values()))
                     if all(end.split("#")[0] in present for end in p)
                     and present[p[0].split("#")[0]]["split"] == split}
            merged = [e for name, group in results.items()
                      for e in merge_results([r for r in group
                                              if present[r.article_id]["split"] == split],
                                             configs[name])]
            score_merges(merged, present, scores[split], pairs)
    return scores, skipped


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def report(scores: dict[str, RealScore], mode: str) -> list[str]:
    lines = []
    for split, s in scores.items():
        f = s.figures()
        if mode == "text":
            reference = (f"reference {_percent(s.reference_ok, s.articles)} "
                         f"(text states year, {s.year_articles} articles: reference "
                         f"{_percent(s.year_reference_ok, s.year_articles).strip()}, events P "
                         f"{_percent(s.year_found, s.year_predicted).strip()} R "
                         f"{_percent(s.year_found, s.year_gold).strip()} of {s.year_gold})")
        else:
            reference = "reference given"
        lines.append(
            f"{split:9} [{mode}] articles {s.articles:2}  {reference}  events P "
            f"{f['precision']:5.1f} R {f['recall']:5.1f} F1 {f['f1']:5.1f}  "
            f"({s.correct}/{s.predicted} extracted, {s.found}/{s.gold} gold)  "
            f"wrong date {s.wrong_dates}  forbidden {s.forbidden}  "
            f"merges {s.merges_found}/{s.merges} (merged events citing 2+ articles: "
            f"{s.multi_source}, wrongly: {s.wrong_merges}; both found: {s.pairs_both_found}, "
            f"merged {s.merges_both_found}, wrong {s.wrong_merges})  "
            f"broken titles {s.broken}/{s.titles} "
            f"{_percent(s.broken, s.titles).strip()}")
        if s.broken_by_rule:
            rules = ", ".join(f"{k} {v}" for k, v in sorted(s.broken_by_rule.items(),
                                                            key=lambda kv: (-kv[1], kv[0])))
            lines.append(f"{'':9}  broken-title rules: {rules}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=tuple(real_set.FACTS), default="en",
                        help="the facts file of this language (default: English)")
    parser.add_argument("--split", choices=("dev", "held-out", "all"), default="all")
    parser.add_argument("--mode", choices=("given", "text"), default="given")
    parser.add_argument("--errors", action="store_true", help="list the DEV split's errors")
    parser.add_argument("--titles", action="store_true",
                        help="print every extracted title of the chosen split with its verdict")
    parser.add_argument("--cache", default=str(real_set.CACHE))
    args = parser.parse_args(argv)
    splits = real_set.SPLITS if args.split == "all" else (args.split,)
    if args.errors and "dev" not in splits:
        parser.error("--errors lists the dev split only (the held-out split is for measuring)")
    articles = real_set.load_articles(real_set.FACTS[args.language])
    scores, skipped = evaluate(splits, args.mode, Path(args.cache), articles)
    if skipped:
        print(f"not in the cache, skipped ({len(skipped)}): {' '.join(skipped)}\n"
              f"  (python benchmarks/real_set.py list; README, 'Real-article development set')")
    for line in report(scores, args.mode):
        print(line)
    if args.titles:
        for split in splits:
            for line in scores[split].title_lines:
                print(f"  {split}: {line}")
    if args.errors:
        for line in scores["dev"].errors:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
