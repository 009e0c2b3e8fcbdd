"""Safe round-trip YAML for the events file: decode, parse with marks, dump readably.

Everything here goes through ruamel.yaml's round-trip mode, which keeps comments and key order
and never constructs arbitrary Python objects.  On top of it we refuse what an editor's file
never needs and an attacker would use: anchors and aliases (so "billion laughs" alias bombs
fail at the first ``&``), explicit tags (``!!python/object`` and friends), and nesting deeper
than ``MAX_DEPTH``.  Dates stay strings: our resolver has no YAML 1.1 timestamp type, so
``2015-01-20`` loads as the string it is and is written back as a plain scalar.
"""

from __future__ import annotations

import functools
import io
import re
from dataclasses import dataclass
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.composer import Composer
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.emitter import RoundTripEmitter
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import AliasEvent, CollectionStartEvent, ScalarEvent
from ruamel.yaml.nodes import Node, ScalarNode
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.resolver import VersionedResolver
from ruamel.yaml.scanner import RoundTripScanner

from chronology.errors import Place, Problem

MAX_DEPTH = 24  # the format needs 4 levels; anything much deeper is not an events file
WIDTH = 10_000  # ruamel never wraps plain or quoted scalars (its wraps leave trailing spaces)
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class _Refused(MarkedYAMLError):
    """A construct we do not accept in an events file (alias, anchor, tag, deep nesting)."""


class _StringDatesResolver(VersionedResolver):
    """YAML 1.2 core schema: no implicit timestamps, so dates are strings in and out."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        tag = super().resolve(kind, value, implicit)
        if kind is ScalarNode and str(getattr(tag, "value", tag)) == _TIMESTAMP:
            return self.DEFAULT_SCALAR_TAG
        return tag


class DateStr(str):
    """A date string, always written as a plain scalar (``2015-01-20``, ``2015``)."""


_YAML11 = yaml.resolver.Resolver()


@functools.lru_cache(maxsize=4096)
def plain_in_yaml11(value: str) -> bool:
    """True when YAML 1.1 readers (PyYAML, most tools) also read this plain scalar as text.

    We read YAML 1.2 and keep every scalar as text, but another tool reads a plain ``yes`` as
    a boolean, ``2015-01-01`` as a date and ``1_000`` as a number: those are written quoted
    (article ids, titles, tags...).  Event dates stay plain on purpose (``DateStr``)."""
    if "\n" in value:  # never a plain scalar anyway ("0\n" only looks like 0 to a regex)
        return True
    return _YAML11.resolve(yaml.ScalarNode, value, (True, False)) == "tag:yaml.org,2002:str"


class _Representer(RoundTripRepresenter):
    """Round-trip representer that writes ``DateStr`` plainly, never quoted, and quotes
    text that YAML 1.1 tools would read as something else."""

    def represent_date_str(self, value: DateStr) -> Any:
        tag = self.dumper.resolver.resolve(ScalarNode, str(value), (True, False))
        return self.represent_scalar(tag, str(value), style=None)

    def represent_str(self, data: Any) -> Any:
        style = None if plain_in_yaml11(data) else "'"
        return self.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Representer.add_representer(DateStr, _Representer.represent_date_str)
_Representer.add_representer(str, _Representer.represent_str)

_DAY = re.compile(r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}")


class _Constructor(RoundTripConstructor):
    """Round-trip loading that keeps a plain ``2015-01-20`` a ``DateStr``, so a rewrite writes
    it back as it was: plain (other text YAML 1.1 reads as a date is quoted on output)."""

    def construct_yaml_str(self, node: Any) -> Any:
        value = super().construct_yaml_str(node)
        if type(value) is str and node.style is None and _DAY.fullmatch(value):
            return DateStr(value)
        return value


_Constructor.add_constructor("tag:yaml.org,2002:str", _Constructor.construct_yaml_str)


class _Emitter(RoundTripEmitter):
    """ruamel's representer marks where a folded (``>-``) scalar breaks its lines with BEL
    characters, which only the folded style turns into line breaks.  Where that style is not
    possible (inside a flow collection ``[...]``), the marks would be written out as ``\\a``
    escapes in the text: drop them, so the text is exactly what was meant."""

    def choose_scalar_style(self) -> Any:
        style = super().choose_scalar_style()
        if self.event.style == ">" and style != ">" and "\a" in self.event.value:
            self.event.value = self.event.value.replace("\a", "")
            self.analysis = self.analyze_scalar(self.event.value)
        return style


class _GuardedScanner(RoundTripScanner):
    """Caps flow nesting (``[[[[...``) while scanning: the scanner's look-ahead for simple keys
    is quadratic in the flow depth, so a deep flow document must be refused before it."""

    def fetch_flow_collection_start(self, TokenClass: Any, to_push: str) -> None:
        if len(self.flow_context) >= MAX_DEPTH - 1:
            raise _Refused(None, None, f"nesting deeper than {MAX_DEPTH} levels",
                           self.reader.get_mark())
        super().fetch_flow_collection_start(TokenClass, to_push)


class _GuardedComposer(Composer):
    """A composer that rejects aliases, anchors, explicit tags and deep nesting."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.parser.peek_event()
        if isinstance(event, AliasEvent):
            raise _Refused(None, None, "aliases (*name) are not allowed in an events file",
                           event.start_mark)
        if getattr(event, "anchor", None) is not None:
            raise _Refused(None, None, "anchors (&name) are not allowed in an events file",
                           event.start_mark)
        if isinstance(event, ScalarEvent | CollectionStartEvent) and event.tag is not None:
            raise _Refused(None, None, "explicit tags (!name) are not allowed in an events file",
                           event.start_mark)
        if self.depth >= MAX_DEPTH:
            raise _Refused(None, None, f"nesting deeper than {MAX_DEPTH} levels",
                           event.start_mark)
        return super().compose_node(parent, index)


class YamlSyntaxError(Exception):
    """The text is not acceptable YAML; ``problem`` says where and why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


@dataclass
class Parsed:
    """A parsed events file: the node tree (with marks) and, on demand, round-trip data."""

    name: str
    node: Node | None  # None for an empty document
    yaml: YAML
    text: str = ""

    def data(self) -> Any:
        """The round-trip data (CommentedMap...) built from the node tree."""
        if self.node is None:
            return None
        try:
            return self.yaml.constructor.construct_document(self.node)
        except (YAMLError, ValueError, TypeError) as exc:
            raise YamlSyntaxError(problem_from(exc, self.name, self.text)) from None


def new_yaml() -> YAML:
    """A round-trip YAML instance with our guards and our output style."""
    yaml = YAML(typ="rt", pure=True)
    yaml.Resolver = _StringDatesResolver
    yaml.Composer = _GuardedComposer
    yaml.Scanner = _GuardedScanner
    yaml.Representer = _Representer
    yaml.Constructor = _Constructor
    yaml.Emitter = _Emitter
    yaml.preserve_quotes = True
    yaml.allow_duplicate_keys = True  # check reports duplicates itself, with both places
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = WIDTH
    yaml.default_flow_style = False
    return yaml


def decode(raw: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM); refuse binary data with a clear place."""
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise YamlSyntaxError(Problem(Place(name, line), "not a text file (it contains NUL bytes)"))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = len(before) - (before.rfind(b"\n") + 1) + 1
        message = f"not UTF-8 text (byte 0x{raw[exc.start]:02x} cannot be decoded)"
        raise YamlSyntaxError(Problem(Place(name, line, col), message)) from None


def parse(text: str, name: str) -> Parsed:
    """Parse one YAML document into nodes; ``YamlSyntaxError`` on anything unacceptable."""
    yaml = new_yaml()
    try:
        node = yaml.compose(text)
    except YAMLError as exc:
        raise YamlSyntaxError(problem_from(exc, name, text)) from None
    except (RecursionError, ValueError, TypeError, IndexError, AttributeError, KeyError) as exc:
        # Defensive: a third-party parser can crash on hostile input; never show a traceback.
        problem = Problem(Place(name), f"invalid YAML (the parser failed: {type(exc).__name__})")
        raise YamlSyntaxError(problem) from None
    return Parsed(name=name, node=node, yaml=yaml, text=text)


def dump(data: Any, yaml: YAML | None = None) -> str:
    """Serialise round-trip data as block-style YAML text."""
    stream = io.StringIO()
    (yaml or new_yaml()).dump(data, stream)
    return stream.getvalue()


def place_of(node: Any, name: str) -> Place:
    """The 1-based line and column where a node starts."""
    mark = node.start_mark
    return Place(name, mark.line + 1, mark.column + 1)


def problem_from(exc: BaseException, name: str, text: str) -> Problem:
    """A parser's exception (ruamel.yaml or PyYAML) as one problem with its place."""
    if hasattr(exc, "position") and hasattr(exc, "character"):
        return _reader_problem(exc, text, name)
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    place = Place(name, mark.line + 1, mark.column + 1) if mark is not None else Place(name)
    problem = getattr(exc, "problem", None) or str(exc).strip().splitlines()[0]
    prefix = "" if isinstance(exc, _Refused) else "invalid YAML: "
    context = getattr(exc, "context", None)
    if context and problem.startswith("but "):
        problem = f"{context}, {problem}"
    elif context and getattr(exc, "problem_mark", None) is not None:
        problem = f"{problem} ({context})"
    return Problem(place, f"{prefix}{problem}{_hint(problem, text, mark)}")


def _hint(problem: str, text: str, mark: Any) -> str:
    """What an editor most likely did, for the parser messages that do not say it."""
    lines = text.split("\n")
    line = lines[mark.line] if mark is not None and mark.line < len(lines) else ""
    if "\t" in line[: len(line) - len(line.lstrip())]:
        return "; hint: indent with spaces, not tabs"
    if "mapping values are not allowed" in problem:
        return "; hint: put text that contains ': ' in quotes"
    if "expected '-' indicator" in problem or "expected <block end>" in problem:
        return "; hint: check the indentation of this line"
    return ""


def _reader_problem(exc: Any, text: str, name: str) -> Problem:
    position = min(max(getattr(exc, "position", 0) or 0, 0), len(text))
    before = text[:position]
    line, col = before.count("\n") + 1, position - (before.rfind("\n") + 1) + 1
    char = getattr(exc, "character", None)
    if isinstance(char, str) and len(char) == 1:
        char = ord(char)
    what = f"U+{char:04X}" if isinstance(char, int) else "character"
    message = f"invalid YAML: control character {what} is not allowed (write it escaped)"
    return Problem(Place(name, line, col), message)


_KEY_LINE_COMMENT = re.compile(r"\s+#.*$")


def guess_indent(text: str) -> tuple[int, int, int]:
    """The (mapping, sequence, dash offset) indentation a file uses, so rewrites keep it.

    Adapted from ruamel.yaml's ``load_yaml_guess_indent``; defaults to our own style (2, 4, 2).
    """
    key_indent, key_only, map_indent = 0, None, None
    for line in text.splitlines():
        stripped = line.strip()
        spaces = len(line) - len(line.lstrip(" "))
        if stripped.startswith("- ") and stripped[2:].strip()[:1] not in ("", "#"):
            content = spaces + 2 + (len(stripped[2:]) - len(stripped[2:].lstrip(" ")))
            sequence = content - key_indent
            offset = spaces - key_indent
            if sequence > offset >= 0:
                return (map_indent or 2, sequence, offset)
        if map_indent is None and key_only is not None and stripped and spaces > key_only:
            map_indent = spaces - key_only
        if stripped and not stripped.startswith("#"):
            opens = _KEY_LINE_COMMENT.sub("", stripped).endswith(":")  # "events:  # note"
            key_only = spaces if opens else None
            key_indent = spaces if opens else key_indent
    return (map_indent or 2, 4, 2)
