"""Markdown summaries rendered to sanitised HTML.

python-markdown turns the summary into HTML; nh3 (the Rust ammonia sanitiser) then keeps only
an allow-list of tags, drops raw HTML and scripts, and keeps links only when they are http,
https, mailto or relative. Images are not allowed: they would be requests outside the site.

>>> str(render_markdown("**Signed** in [Tehran](https://example.org)<script>x()</script>"))
'<p><strong>Signed</strong> in <a href="https://example.org" rel="noopener noreferrer">Tehran</a></p>'
"""

from __future__ import annotations

import re

import markdown as md
import nh3
from markupsafe import Markup

ALLOWED_TAGS = {"p", "a", "em", "strong", "code", "ul", "ol", "li", "blockquote", "br", "del"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
URL_SCHEMES = {"http", "https", "mailto"}
_HEADING = re.compile(r"<(/?)h[1-6]\b[^>]*>")
_DEAD_LINK = re.compile(r'<a rel="noopener noreferrer">(.*?)</a>', re.S)
_EMPTY_P = re.compile(r"<p>\s*</p>")
# One line with no Markdown syntax and no HTML skips the (slow) parser.
_PLAIN = re.compile(r"(?![-+]\s|\d+[.)]\s)[\w ,.;:'’“”()%-]*")
_MARKDOWN = md.Markdown(output_format="html")  # one parser, reset per text: building one is slow


def render_markdown(text: str) -> Markup:
    """Markdown -> safe HTML (a ``Markup``, so the templates do not escape it twice)."""
    if not text or not text.strip():
        return Markup("")
    # Headings inside a card would break the page outline: they become paragraphs.
    if _PLAIN.fullmatch(text.strip()):
        return Markup("<p>{}</p>").format(text.strip())
    html = _HEADING.sub(r"<\1p>", _MARKDOWN.reset().convert(text))
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
    # A link whose URL was refused keeps its text, not an empty anchor.
    clean = _EMPTY_P.sub("", _DEAD_LINK.sub(r"\1", clean))
    return Markup(clean.strip())
