"""Summary HTML (as the site renders it, or as TimelineJS keeps it) back to Markdown.

The exports carry summaries as HTML: the Markdown the site rendered, cleaned to the allow-list
of ``chronology.site.markdown`` (``p a em strong code ul ol li blockquote br del``). Importing
turns that HTML back into the Markdown an editor would have written, so that rendering it again
gives the same HTML. Other tags keep their text; scripts and styles are dropped.

>>> html_to_markdown('<p><strong>Signed</strong> in <a href="https://example.org" rel="x">Tehran</a></p>')
'**Signed** in [Tehran](https://example.org)'
>>> html_to_markdown("<ul><li>one</li><li>two</li></ul>")
'- one\\n- two'
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

INLINE = {"strong": "**", "b": "**", "em": "*", "i": "*", "code": "`"}
BLOCKS = {"p", "ul", "ol", "blockquote", "div", "h1", "h2", "h3", "h4", "h5", "h6"}
DROPPED = {"script", "style", "template"}
# Characters that would start Markdown syntax if left bare in text.
_SPECIAL = re.compile(r"([\\`*\[\]])")
_LINE_START = re.compile(r"^(\s*)([-+>#]|\d+[.)])(\s)", re.M)


def html_to_markdown(html: str) -> str:
    """Markdown for an HTML fragment; plain text (no tag at all) is returned as it is."""
    if "<" not in html and "&" not in html:
        return html.strip()
    parser = _Converter()
    parser.feed(html)
    parser.close()
    return parser.markdown()


class _Converter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []  # finished top-level blocks
        self.out: list[str] = []  # the block being written
        self.lists: list[list] = []  # open lists: [kind, counter]
        self.links: list[str] = []
        self.quote = 0
        self.dropped = 0

    def handle_starttag(self, tag, attrs):
        if tag in DROPPED:
            self.dropped += 1
        elif tag in INLINE:
            self.out.append(INLINE[tag])
        elif tag == "a":
            self.links.append(dict(attrs).get("href") or "")
            self.out.append("[")
        elif tag == "br":
            self.out.append("  \n")
        elif tag in ("ul", "ol"):
            if not self.lists:
                self._end_block()
            self.lists.append([tag, 0])
        elif tag == "li" and self.lists:
            self._list_item()
        elif tag == "del":
            self.out.append("<del>")
        elif tag == "blockquote":
            self._end_block()
            self.quote += 1
        elif tag in BLOCKS:
            self._end_block()

    def handle_endtag(self, tag):
        if tag in DROPPED:
            self.dropped = max(0, self.dropped - 1)
        elif tag in INLINE:
            self.out.append(INLINE[tag])
        elif tag == "a" and self.links:
            self.out.append(f"]({self.links.pop()})")
        elif tag == "del":
            self.out.append("</del>")
        elif tag in ("ul", "ol") and self.lists:
            self.lists.pop()
            if not self.lists:
                self._end_block()
        elif tag == "blockquote":
            self._end_block()
            self.quote = max(0, self.quote - 1)
        elif tag in BLOCKS:
            self._end_block()

    def handle_data(self, data):
        if self.dropped:
            return
        if self.lists and not data.strip():
            return  # the newlines between list tags
        if self.out and self.out[-1] == "  \n":
            data = data.lstrip("\n")  # python-markdown writes a newline after <br>
        self.out.append(" ".join(_SPECIAL.sub(r"\\\1", data).split("\n")))

    def _list_item(self):
        kind = self.lists[-1]
        kind[1] += 1
        indent = "    " * (len(self.lists) - 1)
        marker = f"{kind[1]}. " if kind[0] == "ol" else "- "
        if self.out and not "".join(self.out).endswith("\n"):
            self.out.append("\n")
        self.out.append(indent + marker)

    def _end_block(self):
        text = "".join(self.out).strip("\n")
        self.out = []
        if not text.strip():
            return
        if not self.lists:
            text = _LINE_START.sub(r"\1\\\2\3", text) if not text.lstrip().startswith(("- ", "1. ")) else text
        if self.quote:
            text = "\n".join("> " * self.quote + line for line in text.split("\n"))
        self.blocks.append(text.strip(" ") if not self.quote else text)

    def markdown(self) -> str:
        self._end_block()
        return "\n\n".join(self.blocks).strip()
