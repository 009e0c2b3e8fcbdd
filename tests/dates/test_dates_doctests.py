"""The runnable examples in the date engine's docstrings stay true."""

from __future__ import annotations

import doctest

import pytest

import chronology.dates
import chronology.dates.gates
import chronology.dates.reference
import chronology.dates.reported_day


@pytest.mark.parametrize("module", [chronology.dates, chronology.dates.gates,
                                    chronology.dates.reference,
                                    chronology.dates.reported_day])
def test_docstring_examples(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0
