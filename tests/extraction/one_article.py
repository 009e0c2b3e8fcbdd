"""One invented article through the extractor: its candidate events, for rule tests."""

from __future__ import annotations

from pathlib import Path

from chronology.articles import read_article
from chronology.config import load_config
from chronology.extraction import analyse_article

REPO = Path(__file__).resolve().parents[2]
CONFIG = load_config(REPO / "content" / "site.yaml")


def article_events(tmp_path: Path, published: str, body: str, config=CONFIG):
    """The candidate events of an article of ``published`` with ``body`` (the default topic)."""
    path = tmp_path / "a.md"
    path.write_text(f"---\npublished: {published}\n---\n{body}\n", encoding="utf-8")
    return analyse_article(read_article(path), config).candidates


def site_config(tmp_path: Path, site_yaml: str):
    """The settings of an invented ``site.yaml`` (a test's own topic)."""
    path = tmp_path / "site.yaml"
    path.write_text(site_yaml, encoding="utf-8")
    return load_config(path, required=True)


def story(published: str, body: str, language: str | None = None) -> str:
    """A whole invented article file: front matter (``published``, ``language``) and body."""
    head = f"published: {published}\n" + (f"language: {language}\n" if language else "")
    return f"---\n{head}---\n{body}\n"


def merged_sources(tmp_path: Path, texts: list[str] | dict[str, str],
                   config=CONFIG) -> list[list[str]]:
    """The merged events of invented articles ``texts`` (whole files, front matter included,
    named r0, r1, … or by the file names of a dict), each as the sorted names of the
    articles it cites, sorted."""
    from chronology.extraction import merge_results
    files = texts if isinstance(texts, dict) else {f"r{n}.md": t for n, t in enumerate(texts)}
    results = []
    for name, text in files.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        results.append(analyse_article(read_article(path), config))
    return sorted(sorted(s.article for s in e.sources) for e in merge_results(results, config))


def merged_counts(tmp_path: Path, leads: list[tuple[str, str]]) -> list[int]:
    """How many articles each merged event cites, sorted, for English articles of
    (``published``, lead) under a stock headline."""
    texts = [f"---\npublished: {published}\nlanguage: en\n---\nHeadline\n\n{lead}\n"
             for published, lead in leads]
    return sorted(len(sources) for sources in merged_sources(tmp_path, texts))


def merged_together(tmp_path: Path, first: str, second: str) -> bool:
    """Two invented articles give one event citing both."""
    return any(len(sources) == 2 for sources in merged_sources(tmp_path, [first, second]))
