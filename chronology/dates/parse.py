"""The one place that calls ``dateparser``: parsing a short, explicit date string.

The engine finds spans and does its arithmetic itself; ``dateparser`` is only the fallback
for an explicit date written in a format the engine's own patterns do not read (a
publication line such as "2015/12/03 06:19" or "03.12.2015").  It is slow and over-eager,
so it is given one short string at a time, never running text, and results are cached.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

_SETTINGS = {
    "PREFER_DAY_OF_MONTH": "first",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "STRICT_PARSING": True,
    "RETURN_AS_TIMEZONE_AWARE": False,
    "RELATIVE_BASE": dt.datetime(2000, 1, 1),  # never the clock: results must not depend on it
}


@lru_cache(maxsize=4096)
def parse_explicit(text: str) -> dt.date | None:
    """The calendar day an explicit date string names (day, month and year all required),
    or None.  ``text`` should be a short string, such as one publication line."""
    if not text or len(text) > 80:
        return None
    import dateparser  # imported lazily: it takes about half a second to load

    try:
        found = dateparser.parse(text, languages=["en"], settings=_SETTINGS)
    except (ValueError, OverflowError, TypeError):
        return None
    return found.date() if found else None
