"""Write merge results by inserting text into the file, leaving every existing byte alone.

Re-serialising a large file through ruamel.yaml is slow and can re-flow what an editor wrote.
When the file has the usual block layout, the new entries (events, sources, articles, ledger
keys) are rendered on their own and inserted at the right lines: before the comment lines
directly above the entry that follows them, or at the end of their list.  The result is checked
against the merged data; anything unusual (flow style, a missing list, a file without a final
newline...) returns None and the caller takes the round-trip path instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import accumulate

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from chronology.events.check import check_bytes
from chronology.events.emit import fast_items, fast_mapping
from chronology.events.fastparse import plain_data
from chronology.events.nodes import MappingNode, Node, ScalarNode, SequenceNode
from chronology.events.yamlio import dump, guess_indent, new_yaml


class _Unsupported(Exception):
    """The file's layout is not one we splice into."""


@dataclass
class Snapshot:
    """What the plain document held before merging, to tell new entries from old ones."""

    events: list = field(default_factory=list)
    sources: dict[int, int | None] = field(default_factory=dict)  # id(event) -> count
    articles: list[str] = field(default_factory=list)
    seen: list[str] = field(default_factory=list)


def snapshot(doc: CommentedMap) -> Snapshot:
    """Record the entries of ``doc`` before ``reconcile`` adds to it."""
    events = list(doc.get("events") or [])
    sources = {id(e): len(e["sources"]) if isinstance(e, dict) and isinstance(
        e.get("sources"), list) else None for e in events}
    return Snapshot(events, sources, list(doc.get("articles") or []), list(doc.get("seen") or []))


def splice(text: str, root: Node, merged: CommentedMap, before: Snapshot) -> str | None:
    """``text`` with the entries ``merged`` has beyond ``before`` inserted; None if unsafe."""
    if not text.endswith("\n") or any(ch in text for ch in "\x85\u2028\u2029\r"):
        return None
    try:
        out = _Splicer(text, root).apply(merged, before)
    except _Unsupported:
        return None
    return out if _same_data(out, merged) else None


class _Splicer:
    def __init__(self, text: str, root: Node) -> None:
        self.text, self.root = text, root
        self.lines = text.split("\n")
        self.starts = [0, *accumulate(len(line) + 1 for line in self.lines)]
        self.protected = _multiline_scalar_lines(root)
        self.inserts: list[tuple[int, str]] = []
        mapping, sequence, offset = guess_indent(text)
        self.yaml = new_yaml()
        self.yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
        self.offset, self.sequence = offset, sequence
        self.default_style = (mapping, sequence, offset) == (2, 4, 2)  # the fast writer's

    def apply(self, merged: CommentedMap, before: Snapshot) -> str:
        self._articles(merged.get("articles") or {}, before.articles)
        self._events(merged.get("events") or [], before)
        self._seen(merged.get("seen") or [], before.seen)
        out, last = [], 0
        for offset, snippet in self.inserts:  # generated in document order
            if offset < last:
                raise _Unsupported("out of order")
            out += [self.text[last:offset], snippet]
            last = offset
        return "".join(out) + self.text[last:]

    # --- where ---------------------------------------------------------------------------

    def _above(self, line: int) -> int:
        """Offset of ``line``, moved up over the comment lines written directly above it."""
        while (line > 0 and line - 1 not in self.protected
               and self.lines[line - 1].strip().startswith("#")):
            line -= 1
        return self.starts[line]

    def _end_of(self, node: Node) -> int:
        """Where to append to a block collection: above the comments before what follows."""
        mark = node.end_mark
        if mark is None or self.lines[mark.line][: mark.column].strip():
            raise _Unsupported("collection end")
        return self._above(mark.line)

    def _dash(self, item: Node) -> tuple[int, int]:
        """(dash column, content column) of a block sequence item."""
        line = self.lines[item.start_mark.line][: item.start_mark.column]
        head = line.rstrip()
        if not head.endswith("-") or head[:-1].strip():
            raise _Unsupported("item layout")
        return len(head) - 1, item.start_mark.column

    # --- what ----------------------------------------------------------------------------

    def _items(self, values: list, dash: tuple[int, int]) -> str:
        shift = dash[0] - self.offset
        if shift < 0 or dash[1] - dash[0] != self.sequence - self.offset:
            raise _Unsupported("indentation")
        text = fast_items(values) if self.default_style else None
        return _indent(text if text is not None else dump(CommentedSeq(values), self.yaml), shift)

    def _block(self, key: str) -> Node:
        node = _value(self.root, key)
        if not isinstance(node, MappingNode | SequenceNode) or not node.value:
            raise _Unsupported(f"no block {key}")
        return node

    def _events(self, merged: list, before: Snapshot) -> None:
        if len(merged) == len(before.events) and not any(
                _grew(e, before) for e in before.events):
            return
        node = self._block("events")
        nodes = {id(e): n for e, n in zip(before.events, node.value, strict=True)}
        dash = self._dash(node.value[0])
        pending: list = []
        for entry in merged:
            if id(entry) not in nodes:
                pending.append(entry)
                continue
            if pending:
                self.inserts.append((self._above(nodes[id(entry)].start_mark.line),
                                     self._items(pending, dash)))
                pending = []
            if _grew(entry, before):
                self._sources(entry, nodes[id(entry)], before.sources[id(entry)])
        if pending:
            self.inserts.append((self._end_of(node), self._items(pending, dash)))

    def _sources(self, entry: CommentedMap, node: Node, count: int | None) -> None:
        sources = _value(node, "sources")
        if not count or not isinstance(sources, SequenceNode):
            raise _Unsupported("no block sources")
        new = entry["sources"][count:]
        self.inserts.append((self._end_of(sources), self._items(new, self._dash(sources.value[0]))))

    def _articles(self, merged: dict, before: list[str]) -> None:
        if len(merged) == len(before):
            return
        node = self._block("articles")
        keys = {str(k): v for k, v in merged.items()}
        column = node.value[0][0].start_mark.column
        positions = {k.value: k.start_mark.line for k, _ in node.value}
        pending = CommentedMap()
        for key in keys:
            if key not in positions:
                pending[key] = keys[key]
            elif pending:
                self.inserts.append((self._above(positions[key]), self._mapping(pending, column)))
                pending = CommentedMap()
        if pending:
            self.inserts.append((self._end_of(node), self._mapping(pending, column)))

    def _mapping(self, values: CommentedMap, column: int) -> str:
        text = fast_mapping(values) if self.default_style else None
        return _indent(text if text is not None else dump(values, self.yaml), column)

    def _seen(self, merged: list, before: list[str]) -> None:
        if len(merged) == len(before):
            return
        node = self._block("seen")
        old = {str(k): item for k, item in zip(before, node.value, strict=True)}
        dash = self._dash(node.value[0])
        pending: list = []
        for key in merged:
            if str(key) not in old:
                pending.append(key)
            elif pending:
                self.inserts.append((self._above(old[str(key)].start_mark.line),
                                     self._items(pending, dash)))
                pending = []
        if pending:
            self.inserts.append((self._end_of(node), self._items(pending, dash)))


def _grew(entry, before: Snapshot) -> bool:
    count = before.sources.get(id(entry))
    sources = entry.get("sources") if isinstance(entry, dict) else None
    return isinstance(sources, list) and len(sources) != (count or 0)


def _value(mapping: Node, key: str) -> Node | None:
    if not isinstance(mapping, MappingNode):
        return None
    return next((v for k, v in mapping.value if isinstance(k, ScalarNode) and k.value == key),
                None)


def _indent(snippet: str, spaces: int) -> str:
    pad = " " * spaces
    return "".join(pad + line if line.strip() else line
                   for line in snippet.splitlines(keepends=True))


def _multiline_scalar_lines(root: Node | None) -> set[int]:
    """Lines inside scalars that span lines: a '#' there is text, not a comment."""
    lines: set[int] = set()
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, ScalarNode):
            start, end = node.start_mark.line, node.end_mark.line
            lines.update(range(start + 1, end + (1 if node.end_mark.column else 0)))
        elif isinstance(node, SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, MappingNode):
            stack.extend(v for pair in node.value for v in pair)
    return lines


def _same_data(text: str, merged: CommentedMap) -> bool:
    result = check_bytes(text.encode("utf-8"), "spliced")
    return not result.errors and _normal(plain_data(result.node)) == _normal(merged)


def _normal(value):
    """Data as nested dicts/lists of strings, for comparing parsed text with merged data."""
    if isinstance(value, dict):
        return {str(k): _normal(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normal(v) for v in value]
    if isinstance(value, bool):
        return "true" if value else "false"
    return None if value is None else str(value)
