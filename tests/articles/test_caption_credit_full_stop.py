"""A photo's credit after a caption's one sentence ends the line with or without a full stop
("… on April 9. Photo: Example Ministry of Defence."): the line is a caption either way, and a
story's paragraph that tells its source keeps its credit. Invented lines."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("line", "kind"), [
    ("Transport aircraft landed in Belgrade on April 9. Photo: Example Ministry of Defence.",
     "caption"),
    ("Officials exchange folders after the radar purchase in Tallinn. Photo: Example Agency.",
     "caption"),
    ("Russia and Iran signed a military cooperation agreement in Tehran on Monday, IRNA "
     "reported. Photo: IRNA.", None),
])
def test_a_credit_with_a_full_stop_closes_a_caption(line, kind):
    from chronology.articles.clean import line_kind
    assert line_kind(line, True) == kind
