"""Preloaded into `dask worker` by the fault tests (``--preload``): each article takes longer,
and the worker touches ``$CHRONOLOGY_TEST_MARKERS/<pid>`` as it starts one, so a test knows a
worker is busy and can kill it (or the scheduler) in the middle of a run."""

import os
import time
from pathlib import Path

from chronology.extraction import pipeline

# Dask may run a preload file more than once: wrap the original function only.
_analyse = getattr(pipeline.analyse_article, "__wrapped__", pipeline.analyse_article)


def _slow_analyse(article, config):
    (Path(os.environ["CHRONOLOGY_TEST_MARKERS"]) / str(os.getpid())).touch()
    time.sleep(float(os.environ.get("CHRONOLOGY_TEST_DELAY", "0.05")))
    return _analyse(article, config)


_slow_analyse.__wrapped__ = _analyse
pipeline.analyse_article = _slow_analyse
