"""Which addresses the site links to: one rule for settings, front matter and the events file.

Only ``http`` and ``https`` addresses with a host are links.  Anything else from a settings
file, an article's front matter or the events file (``javascript:``, ``data:``, ``vbscript:``,
``//host`` with no scheme, ``www.example.org``...) could run a script on a reader's click or
point somewhere unintended, so it is refused (settings, front matter) or not linked (the events
file, with a ``check`` warning).  Browsers ignore tabs and newlines inside a URL and trim
spaces around it, so any whitespace, control character or quote is refused too.

>>> http_url_problem("https://example.org/a?b=1"), http_url_problem("javascript:alert(1)")
(None, 'is not an http(s) address (expected http://... or https://...)')
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_UNSAFE = re.compile(r"[\s\x00-\x1f\x7f-\x9f\"'<>\\`{}|^]")


def http_url_problem(url: str) -> str | None:
    """Why ``url`` is not an absolute http(s) address we link to, or None if it is one."""
    if _UNSAFE.search(url):
        return "is not an http(s) address (it holds spaces, quotes or control characters)"
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return "is not a valid address"
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return "is not an http(s) address (expected http://... or https://...)"
    return None


def safe_http_url(url: str | None) -> str | None:
    """``url`` (trimmed) when it is an http(s) address, else None: for hand-edited files."""
    if not url or http_url_problem(url.strip()):
        return None
    return url.strip()
