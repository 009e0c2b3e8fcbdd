"""A fast writer for a machine-made events file: the very bytes ruamel.yaml would write.

Dumping 10,000 fresh events through ruamel.yaml's representer, serializer and emitter takes
tens of seconds.  A fresh document (``render.new_document`` + ``reconcile``) has a fixed
shape, block style everywhere and no comments but the two the writer adds, so it can be
written directly.  Every scalar gets the style ruamel.yaml's emitter would choose (the same
plain-scalar analysis and resolver), and is written the way it would write it.

What this writer does not reproduce itself (literal blocks, folded text in a list, unusual
line breaks, very long or odd keys, comments an editor wrote...) is handed back: an entry that
holds such a value is dumped by ruamel.yaml on its own and indented into place, and a document
of unexpected shape or with comments is dumped whole (``fast_dump`` returns None).
``tests/events/test_events_emit.py`` compares both writers byte for byte.
"""

from __future__ import annotations

import re
from typing import Any

from ruamel.yaml.comments import Comment, CommentedMap, CommentedSeq
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, FoldedScalarString

from chronology.events.yamlio import DateStr, dump, new_yaml, plain_in_yaml11

_STR = "tag:yaml.org,2002:str"
_MAX_TEXT = 2000  # longer scalars could meet the emitter's line width (10,000 columns)
_MAX_KEY = 100  # ruamel writes keys of 128 characters or more as complex keys ("? ")
_WS = "\0 \t\r\n\x85\u2028\u2029"
_BREAKS = "\n\x85\u2028\u2029"

# Anything that makes ruamel's ``analyze_scalar`` refuse a block plain scalar.
_NOT_PLAIN = re.compile(
    r"\A(?:---|\.\.\.)"
    r"|\A[#,\[\]{}&*!|>'\"%@`]"
    rf"|\A[?:-](?:[{_WS}]|\Z)"
    rf"|(?s:.):(?:[{_WS}]|\Z)"
    rf"|[{_WS}]#"
    rf"|[{_BREAKS}]"
    r"|\A | \Z"
    r"|[^\n\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]|\uFEFF"
)
# Special characters: only a double-quoted scalar can carry them.
_SPECIAL = re.compile(r"[^\n\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]|\uFEFF")
# Characters the double-quoted writer escapes.
_ESCAPED = re.compile(
    "[\"\\\\\x85\u2028\u2029\ufeff]|[^\x20-\x7E\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")
_ESCAPES = {"\0": "0", "\x07": "a", "\x08": "b", "\x09": "t", "\x0A": "n", "\x0B": "v",
            "\x0C": "f", "\x0D": "r", "\x1B": "e", '"': '"', "\\": "\\", "\x85": "N",
            "\xA0": "_", "\u2028": "L", "\u2029": "P"}


class _Fallback(Exception):
    """A value this writer does not reproduce; ruamel.yaml writes its entry."""


class _Whole(Exception):
    """Comments (or another surprise): ruamel.yaml writes the whole document."""


def _escape(match: re.Match) -> str:
    ch = match.group()
    if ch in _ESCAPES:
        return "\\" + _ESCAPES[ch]
    code = ord(ch)
    return f"\\x{code:02X}" if code <= 0xFF else (
        f"\\u{code:04X}" if code <= 0xFFFF else f"\\U{code:08X}")


class _Writer:
    """Block-style emitter for fresh documents (mapping indent 2, sequence 4, dash offset 2)."""

    def __init__(self) -> None:
        self.resolver = new_yaml().resolver
        self.implicit: dict[str, bool] = {}

    # --- scalars -------------------------------------------------------------------------

    def _resolves_to_str(self, value: str) -> bool:
        known = self.implicit.get(value)
        if known is None:
            if len(self.implicit) > 4096:  # a memo of recent scalars, not of the whole file
                self.implicit.clear()
            tag = self.resolver.resolve(ScalarNode, value, (True, False))
            known = self.implicit[value] = str(getattr(tag, "value", tag)) == _STR
        return known

    def inline(self, value: Any) -> str:
        """A scalar written on its key's (or dash's) line."""
        kind = type(value)
        if kind is bool:
            return "true" if value else "false"
        if kind is int:
            return str(value)
        if kind not in (str, DateStr, DoubleQuotedScalarString) or not value or len(
                value) > _MAX_TEXT:
            raise _Fallback
        if kind is DateStr:  # always plain: it is written with the tag it resolves to
            if _NOT_PLAIN.search(value):
                raise _Fallback
            return str(value)
        if kind is DoubleQuotedScalarString:
            return self._double(value)
        if not _NOT_PLAIN.search(value) and self._resolves_to_str(value) and plain_in_yaml11(
                value):
            return value
        if any(ch in value for ch in _BREAKS[1:]):
            raise _Fallback  # ruamel may write these as line breaks in a quoted scalar
        if "'" in value or "\n" in value or _SPECIAL.search(value):
            return self._double(value)
        return f"'{value}'"

    @staticmethod
    def _double(value: str) -> str:
        text = '"' + _ESCAPED.sub(_escape, value) + '"'
        if len(text) > 4 * _MAX_TEXT:  # could meet the line width
            raise _Fallback
        return text

    def key(self, key: Any) -> str:
        """A mapping key, plain (anything else is ruamel's)."""
        if (not isinstance(key, str) or type(key) is not str or not key or len(key) > _MAX_KEY
                or _NOT_PLAIN.search(key) or not self._resolves_to_str(key)
                or not plain_in_yaml11(key)):
            raise _Fallback
        return key

    def folded(self, value: FoldedScalarString, indent: int) -> str:
        """``>-`` and the lines, broken where ruamel's representer marks the folds."""
        if (not value or len(value) > _MAX_TEXT or value[0] in " \t" or value[-1] in " \t"
                or any(ch in value for ch in "\n\x85\u2028\u2029\a")):
            raise _Fallback
        positions = list(getattr(value, "fold_pos", []))
        if positions != sorted(set(positions)):
            raise _Fallback
        lines, start = [], 0
        for pos in positions:
            if not (0 < pos < len(value) - 1 and value[pos] == " " and not value[
                    pos - 1].isspace() and not value[pos + 1].isspace()):
                raise _Fallback
            lines.append(value[start:pos])
            start = pos + 1
        lines.append(value[start:])
        pad = " " * indent
        return ">-\n" + "".join(pad + line + "\n" for line in lines)

    # --- collections ---------------------------------------------------------------------

    def mapping(self, data: CommentedMap, indent: int, out: list[str], first: str) -> None:
        """Mapping lines; the first key goes after ``first`` (a dash, or indentation)."""
        _no_comments(data)
        if not data:
            raise _Fallback
        pad, lead = " " * indent, first
        for key, value in data.items():
            name = self.key(key)
            if isinstance(value, CommentedMap):
                out.append(f"{lead}{name}:\n")
                self.mapping(value, indent + 2, out, " " * (indent + 2))
            elif isinstance(value, CommentedSeq):
                out.append(f"{lead}{name}:\n")
                self.sequence(value, indent + 2, out)
            elif type(value) is FoldedScalarString:
                out.append(f"{lead}{name}: {self.folded(value, indent + 2)}")
            else:
                out.append(f"{lead}{name}: {self.inline(value)}\n")
            lead = pad

    def sequence(self, data: CommentedSeq, dash: int, out: list[str]) -> None:
        """Sequence items, the dash at column ``dash``."""
        _no_comments(data)
        if not data:
            raise _Fallback
        head = " " * dash + "- "
        for item in data:
            if isinstance(item, CommentedMap):
                self.mapping(item, dash + 2, out, head)
            elif isinstance(item, (CommentedSeq, FoldedScalarString)):
                raise _Fallback
            else:
                out.append(f"{head}{self.inline(item)}\n")

    def entry(self, write, fallback) -> str:
        """One entry's text by ``write(out)``; by ruamel (``fallback()``) if it cannot."""
        out: list[str] = []
        try:
            write(out)
        except _Fallback:
            return fallback()
        return "".join(out)


def _no_comments(data: Any) -> None:
    comment = getattr(data, Comment.attrib, None)
    if comment is not None and (comment.comment is not None or comment.items
                                or comment.end):
        raise _Whole


def _comment_lines(tokens: Any) -> str:
    if not isinstance(tokens, list) or not tokens:
        raise _Fallback
    lines = []
    for token in tokens:
        value = getattr(token, "value", None)
        if (getattr(token, "column", 0) != 0 or not isinstance(value, str)
                or not value.startswith("#") or not value.endswith("\n")
                or "\n" in value[:-1]):
            raise _Fallback
        lines.append(value)
    return "".join(lines)


def _document_comments(doc: CommentedMap) -> tuple[str, str]:
    """The start comment and the comment above ``seen:``, the only ones a fresh file has."""
    ca = getattr(doc, Comment.attrib, None)
    if ca is None or ca.end or set(ca.items) - {"seen"}:
        raise _Fallback
    start = ""
    if ca.comment is not None:
        if len(ca.comment) != 2 or ca.comment[0] is not None:
            raise _Fallback
        start = _comment_lines(ca.comment[1])
    seen = ""
    if "seen" in ca.items:
        item = ca.items["seen"]
        if len(item) != 4 or item[0] is not None or item[2] is not None or item[3] is not None:
            raise _Fallback
        seen = _comment_lines(item[1])
    return start, seen


_SHARED: list[_Writer] = []


def _writer() -> _Writer:
    """One writer per process: building the resolver costs more than a small snippet."""
    if not _SHARED:
        _SHARED.append(_Writer())
    return _SHARED[0]


def _ruamel_items(items: list, shift: int) -> str:
    text = dump(CommentedSeq(items))
    return _indent(text, shift)


def _ruamel_article(key: Any, value: Any) -> str:
    return _indent(dump(CommentedMap([(key, value)])), 2)


def _indent(text: str, spaces: int) -> str:
    pad = " " * spaces
    return "\n".join(pad + line if line else line for line in text.split("\n"))


def fast_dump(doc: Any) -> str | None:
    """``dump(doc)`` for a fresh document, much faster; None when the shape is not one
    this writer knows (the caller then dumps with ruamel.yaml)."""
    if not isinstance(doc, CommentedMap) or type(doc) is not CommentedMap:
        return None
    keys = list(doc)
    if keys not in (["version", "articles", "events"], ["version", "articles", "events", "seen"]):
        return None
    try:
        return _write(doc)
    except (_Fallback, _Whole):
        return None


def _write(doc: CommentedMap) -> str:
    start, seen_comment = _document_comments(doc)
    writer = _writer()
    articles, events, seen = doc["articles"], doc["events"], doc.get("seen")
    if (not isinstance(articles, CommentedMap) or not articles
            or not isinstance(events, CommentedSeq) or not events
            or ("seen" in doc and (not isinstance(seen, CommentedSeq) or not seen))):
        raise _Fallback
    _no_comments(articles)
    _no_comments(events)
    out = [start, f"version: {writer.inline(doc['version'])}\n", "articles:\n"]
    for key, value in articles.items():
        if not isinstance(value, CommentedMap):
            raise _Fallback
        out.append(writer.entry(
            lambda o, k=key, v=value: writer.mapping(CommentedMap([(k, v)]), 2, o, "  "),
            lambda k=key, v=value: _ruamel_article(k, v)))
    out.append("events:\n")
    for event in events:
        out.append(writer.entry(lambda o, e=event: writer.sequence(CommentedSeq([e]), 2, o),
                                lambda e=event: _ruamel_items([e], 0)))
    if "seen" in doc:
        out.append(seen_comment + "seen:\n")
        writer.sequence(seen, 2, out)
    return "".join(out)


def fast_items(values: list) -> str | None:
    """``dump(CommentedSeq(values))`` in the default style (dash at column 2), fast; None
    when a value is not one this writer knows."""
    writer, out = _writer(), []
    try:
        for value in values:
            if isinstance(value, CommentedMap):
                out.append(writer.entry(
                    lambda o, v=value: writer.sequence(CommentedSeq([v]), 2, o),
                    lambda v=value: _ruamel_items([v], 0)))
            else:
                writer.sequence(CommentedSeq([value]), 2, out)
    except (_Fallback, _Whole):
        return None
    return "".join(out)


def fast_mapping(values: CommentedMap) -> str | None:
    """``dump(values)`` for a mapping of article entries in the default style, fast; None
    when a value is not one this writer knows."""
    writer, out = _writer(), []
    try:
        writer.mapping(values, 0, out, "")
    except (_Fallback, _Whole):
        return None
    return "".join(out)


def fresh_entry(key: Any, value: CommentedMap | None = None) -> str:
    """One entry of a fresh document as ``fast_dump`` writes it: an event (``key`` is its
    mapping, ``value`` None) or an article (``key`` its id, ``value`` its mapping)."""
    writer = _writer()
    if value is None:
        return writer.entry(lambda o: writer.sequence(CommentedSeq([key]), 2, o),
                            lambda: _ruamel_items([key], 0))
    return writer.entry(lambda o: writer.mapping(CommentedMap([(key, value)]), 2, o, "  "),
                        lambda: _ruamel_article(key, value))


def fresh_head(doc: CommentedMap) -> tuple[str, str] | None:
    """The fixed parts of a fresh document (``doc``, with a ``seen`` ledger) as ``fast_dump``
    writes them: the start comment and the ``version`` line; the comment above ``seen:`` and
    that line.  None if ``fast_dump`` would not write ``doc``."""
    try:
        start, seen = _document_comments(doc)
        return start + f"version: {_writer().inline(doc['version'])}\n", seen + "seen:\n"
    except (_Fallback, _Whole):
        return None


def fresh_seen(keys: list[str]) -> str | None:
    """The ``seen`` items of a fresh document as ``fast_dump`` writes them, or None."""
    out: list[str] = []
    try:
        _writer().sequence(CommentedSeq(keys), 2, out)
    except (_Fallback, _Whole):
        return None
    return "".join(out)
