"""Datelines are looked for at line starts only (``datelines.line_matches``): the same
matches as a scan from every character, for each pattern that opens with ``^``."""

import re

import pytest

from chronology.dates import datelines

# Each pattern ``find_dateline`` reads with ``line_matches``.
_ANCHORED = ("_DATELINE_BRACKETED", "_RELEASE_DATELINE", "AGENCY_THEN_DATE", "_DATE_FIRST",
             "DATELINE", "_NUMERIC_DATELINE", "_NUMERIC_FIRST")

_PAGE = (
    "Harbour news\n\n"
    "VELMORA, March 3 (Example Wire) - The ferry left port on Monday with forty cars.\n"
    "  PELLORIA (Example Wire) 4 March, 2021 Talks opened in the old town hall today.\n"
    "March 5, 2021 — The council met again and voted on the new harbour budget plan.\n"
    "\n"
    "22-9-2020 (KESTRA) The bridge reopened to traffic after three weeks of repairs.\n"
    "ORVANE, 12.10.2019 - Crews finished the work a day early, officials said.\n"
    "KESTRA (March 6, 2021) - The port authority opened a second terminal.\n"
    "Velmora -- (Example Wire) -- March 7, 2021 -- The ferry line added a route.\n"
)


@pytest.mark.parametrize("name", _ANCHORED)
def test_line_starts_give_the_scans_matches(name):
    pattern = getattr(datelines, name)
    assert pattern.flags & re.MULTILINE and pattern.pattern.startswith("^")
    for limit in (len(_PAGE), 120, _PAGE.index("22-9"), 0):
        scanned = [(m.span(), m.groupdict()) for m in pattern.finditer(_PAGE, 0, limit)]
        at_starts = [(m.span(), m.groupdict())
                     for m in datelines.line_matches(pattern, _PAGE, limit)]
        assert at_starts == scanned


def test_a_match_that_takes_the_newline_goes_on_at_the_next_line():
    pattern = re.compile(r"^\w+\n", re.MULTILINE)
    text = "one\ntwo\nthree four\nfive"
    assert [m.group() for m in datelines.line_matches(pattern, text, len(text))] == [
        "one\n", "two\n"]
    assert [m.group() for m in pattern.finditer(text)] == ["one\n", "two\n"]
