"""The seed fixture's site, byte for byte, against the committed golden tree.

After an intended change, regenerate it with ``PYTHONPATH=. python tests/site/golden_update.py``
and review the diff.
"""

from __future__ import annotations

import difflib

import pytest
from golden_update import FILES, GOLDEN, build_seed


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_seed(tmp_path_factory.mktemp("golden"))


@pytest.mark.parametrize("name", FILES)
def test_the_seed_site_matches_the_golden_tree(built, name):
    expected = (GOLDEN / name).read_bytes()
    actual = (built / name).read_bytes()
    if actual != expected:
        diff = difflib.unified_diff(expected.decode("utf-8").splitlines(),
                                    actual.decode("utf-8").splitlines(), "golden", "built", lineterm="")
        pytest.fail(f"{name} differs from the golden tree (regenerate with "
                    "`PYTHONPATH=. python tests/site/golden_update.py`):\n"
                    + "\n".join(list(diff)[:40]))
