"""Captions and credits are looked for where one of their signs may start
(``reference._captions``): the same matches as ``_CAPTION`` tried at every character."""

import re

from chronology.dates import reference


def _branches(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` (a group of alternatives that opens one is
    split too)."""
    out, depth, last = [], 0, 0
    for i, ch in enumerate(pattern):
        escaped = pattern[i - 1 : i] == "\\"
        depth += ch == "(" and not escaped
        depth -= ch == ")" and not escaped
        if ch == "|" and depth == 0 and not escaped:
            out.append(pattern[last:i])
            last = i + 1
    out.append(pattern[last:])
    named = re.compile(r"\(\?P<\w+>(.*)\)")
    return [b for a in out for b in (_branches(named.fullmatch(a)[1]) if named.fullmatch(a) else [a])]


def test_every_sign_opens_where_the_start_search_looks():
    starts = _branches(reference._CAPTION_START.pattern)
    for branch in _branches(reference._CAPTION.pattern):
        assert branch.startswith("^") or any(branch.startswith(s) for s in starts), branch


_PAGE = (
    "Related\n  read more: the harbour\nPhoto: Example Agency / Jane Roe\n"
    "The ferry left port. (AFP) Copyright 2021 all rights reserved\n"
    "[Example Agency photo] crews at work\nCreating new routes since 2009\n"
    "A post by (@harbourdesk) pic.twitter.com/abc\n"
    "File picture of the old pier; image credit: Getty Images\n"
    "see also\n\nrecommended\nap photo of the dock, reuters/ staff\n"
)


def test_the_same_matches_as_a_scan_from_every_character():
    for text in (_PAGE, _PAGE.lower(), _PAGE.replace("\n", " "), "", "\n", "x"):
        scanned = [(m.span(), m.group("weak")) for m in reference._CAPTION.finditer(text)]
        assert [(m.span(), m.group("weak")) for m in reference._captions(text)] == scanned
    assert len(list(reference._captions(_PAGE.lower()))) >= 12
