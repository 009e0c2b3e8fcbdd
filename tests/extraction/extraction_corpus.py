"""A small generated corpus (``benchmarks/make_corpus.py``) and the events file `--jobs 1`
writes for it, shared by the pipeline and Dask tests."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

from chronology.config import load_config
from chronology.extraction.pipeline import extract_events

REPO = Path(__file__).resolve().parents[2]
SITE = REPO / "content" / "site.yaml"


def _make_corpus_module():
    spec = importlib.util.spec_from_file_location("make_corpus",
                                                  REPO / "benchmarks" / "make_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_corpus(folder: Path, count: int, seed: int = 2015) -> Path:
    """``count`` generated articles in ``folder`` (deterministic for a seed)."""
    make = _make_corpus_module()
    sentences = make.seed_sentences(REPO / "content" / "articles")
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"synthetic_{i:05d}.txt").write_text(make.make_article(rng, sentences, i),
                                                       encoding="utf-8")
    return folder


def serial_events(folder: Path, output: Path) -> bytes:
    """The events file that an in-process run (``--jobs 1``) writes for ``folder``."""
    extract_events([folder], output, load_config(SITE))
    return output.read_bytes()
