"""Named points of a run where a test can pause or kill the process, to inject a race there.

``CHRONOLOGY_CHECKPOINT=NAME=pause:DIR`` makes the run create ``DIR/NAME.reached`` when it gets
to ``NAME`` and wait until ``DIR/NAME.go`` exists; ``NAME=kill`` kills the process there with
SIGKILL (several, comma-separated).  Unset (always, outside tests), ``reached`` only reads one
environment variable.  Used by ``tests/trust/test_races.py`` and ``test_faults.py``.

Points: ``cli-imported`` (the command's module imported, Ctrl-C still held), ``extract-analysed`` (articles analysed, events file not read yet), ``events-read``
(read under the lock), ``events-merged`` (merged, not written), ``events-swap`` (re-checked,
just before the swap), ``build-swap`` (the new site written, just before the swap).
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

VARIABLE = "CHRONOLOGY_CHECKPOINT"
PAUSE_LIMIT = 600.0  # seconds: a test that never releases a pause must not hang a run forever


def reached(name: str) -> None:
    """Pause or die here if ``CHRONOLOGY_CHECKPOINT`` asks for ``name``."""
    spec = os.environ.get(VARIABLE)
    if not spec:
        return
    for item in spec.split(","):
        point, _, action = item.partition("=")
        if point != name:
            continue
        if action == "kill":
            os.kill(os.getpid(), signal.SIGKILL)
        elif action.startswith("pause:"):
            _pause(Path(action[len("pause:"):]), name)


def _pause(folder: Path, name: str) -> None:
    (folder / f"{name}.reached").touch()
    deadline = time.monotonic() + PAUSE_LIMIT
    while not (folder / f"{name}.go").exists() and time.monotonic() < deadline:
        time.sleep(0.01)
