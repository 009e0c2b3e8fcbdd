"""A small YAML node tree with marks: what ``check`` validates (built by ``fastparse``)."""

from __future__ import annotations

from typing import Any


class Mark:
    """A place in the text; ``line`` and ``column`` are 0-based, as in the YAML parsers."""

    __slots__ = ("column", "index", "line")

    def __init__(self, line: int, column: int, index: int = 0) -> None:
        self.line, self.column, self.index = line, column, index


class Node:
    """A YAML node: ``value`` is text (scalars), a list of nodes, or a list of (key, value)."""

    __slots__ = ("end_mark", "start_mark", "style", "value")

    def __init__(self, value: Any, start_mark: Any, end_mark: Any = None,
                 style: str | None = None) -> None:
        self.value, self.start_mark, self.end_mark, self.style = value, start_mark, end_mark, style


class ScalarNode(Node):
    """Text; ``style`` is None (plain), ``'``, ``"``, ``|`` or ``>``."""

    __slots__ = ()


class SequenceNode(Node):
    """A list of nodes."""

    __slots__ = ()


class MappingNode(Node):
    """A list of (key node, value node) pairs, in file order, duplicates included."""

    __slots__ = ()
