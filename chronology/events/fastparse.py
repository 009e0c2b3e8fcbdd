"""Fast, guarded parsing into nodes with marks, for checking and loading.

ruamel.yaml's round-trip parser (pure Python, needed to keep comments when the file is
rewritten) is some twenty times slower than libyaml.  Checking and loading need only the node
tree with line/column marks, so they read the event stream of libyaml (through PyYAML's C
binding, or its pure parser if the C one is missing) and build the tree here, refusing anchors,
aliases, explicit tags, nesting deeper than ``MAX_DEPTH`` and a second document as they go.
The nodes are the light ones of ``chronology.events.nodes``.

Which problem is reported must not depend on the parser underneath: libyaml has its own
nesting limit since PyYAML 6.0.4 (and scans a whole flow collection before it yields its
first event, so our depth check never runs first).  So when the fast parser refuses a text,
the guarded pure-Python parser reads it again, and our own refusals (nesting, anchors, tags)
win; only a plain syntax error keeps the fast parser's message.  This costs nothing on a
valid file.
"""

from __future__ import annotations

import yaml
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from yaml import events as ev

from chronology.errors import Place, Problem
from chronology.events.nodes import MappingNode, Node, ScalarNode, SequenceNode
from chronology.events.validate import is_null, scalar_text
from chronology.events.yamlio import MAX_DEPTH, YamlSyntaxError, problem_from


class _GuardedLoader(yaml.SafeLoader):
    """PyYAML's pure-Python parser, refusing deep flow nesting while it scans: the scanner
    looks ahead over a whole flow collection, so the depth must be capped there (the
    composer below caps block nesting)."""

    def fetch_flow_collection_start(self, TokenClass, *args) -> None:  # noqa: N803
        if self.flow_level >= MAX_DEPTH - 1:
            mark = self.get_mark()
            raise _DeepFlow(Place("", mark.line + 1, mark.column + 1))
        super().fetch_flow_collection_start(TokenClass, *args)


class _DeepFlow(Exception):
    def __init__(self, place: Place) -> None:
        super().__init__(place)
        self.place = place


_FAST_LOADER = getattr(yaml, "CSafeLoader", None)
_PARSER_CRASHES = (RecursionError, ValueError, TypeError, IndexError, AttributeError, KeyError)


def fast_parse(text: str, name: str) -> Node | None:
    """The document's node tree (None when empty); ``YamlSyntaxError`` on anything refused."""
    if _FAST_LOADER is None:
        return _guarded_parse(text, name, None)
    try:
        return _compose(yaml.parse(text, Loader=_FAST_LOADER), name)
    except YamlSyntaxError:
        raise  # one of our own refusals
    except (yaml.YAMLError, *_PARSER_CRASHES) as exc:
        return _guarded_parse(text, name, exc)  # ours first, else the fast parser's message


def _guarded_parse(text: str, name: str, fast_error: BaseException | None) -> Node | None:
    """Parse with the guarded pure parser; report our refusal if it makes one, else the
    fast parser's problem (``fast_error``), else its own."""
    try:
        return _compose(yaml.parse(text, Loader=_GuardedLoader), name)
    except _DeepFlow as exc:
        place = Place(name, exc.place.line, exc.place.col)
        raise YamlSyntaxError(Problem(place, f"nesting deeper than {MAX_DEPTH} levels")) from None
    except (yaml.YAMLError, *_PARSER_CRASHES) as exc:
        raise YamlSyntaxError(_problem(fast_error or exc, name, text)) from None


def _problem(exc: BaseException, name: str, text: str) -> Problem:
    if isinstance(exc, yaml.YAMLError):
        return problem_from(exc, name, text)
    return Problem(Place(name), f"invalid YAML (the parser failed: {type(exc).__name__})")


def _refuse(event, message: str, name: str) -> None:
    mark = event.start_mark
    raise YamlSyntaxError(Problem(Place(name, mark.line + 1, mark.column + 1), message))


def _check(event, depth: int, name: str) -> None:
    if isinstance(event, ev.AliasEvent):
        _refuse(event, "aliases (*name) are not allowed in an events file", name)
    if getattr(event, "anchor", None) is not None:
        _refuse(event, "anchors (&name) are not allowed in an events file", name)
    if isinstance(event, ev.ScalarEvent | ev.CollectionStartEvent) and event.tag is not None:
        _refuse(event, "explicit tags (!name) are not allowed in an events file", name)
    if isinstance(event, ev.NodeEvent) and depth >= MAX_DEPTH:
        _refuse(event, f"nesting deeper than {MAX_DEPTH} levels", name)


def _compose(stream, name: str) -> Node | None:
    """Build the tree iteratively (no recursion, so depth cannot exhaust the stack)."""
    stack: list[list] = []  # [collection node, pending key node or None]
    root, documents = None, 0
    for event in stream:
        if isinstance(event, ev.DocumentStartEvent):
            documents += 1
            if documents > 1:
                _refuse(event, "invalid YAML: expected a single document in the stream, "
                        "but found another document", name)
            continue
        if type(event) is ev.ScalarEvent and event.anchor is None and event.tag is None and len(
                stack) < MAX_DEPTH:  # the common case, which ``_check`` would pass: skip it
            node = ScalarNode(event.value, event.start_mark, event.end_mark, event.style or None)
            root = _attach(stack, node) or root
            continue
        _check(event, len(stack), name)
        if isinstance(event, ev.CollectionEndEvent):
            node = stack.pop()[0]
            node.end_mark = event.end_mark
        elif isinstance(event, ev.ScalarEvent):
            node = ScalarNode(event.value, event.start_mark, event.end_mark, event.style or None)
        elif isinstance(event, ev.CollectionStartEvent):
            kind = SequenceNode if isinstance(event, ev.SequenceStartEvent) else MappingNode
            stack.append([kind([], event.start_mark), None])
            continue
        else:
            continue
        root = _attach(stack, node) or root
    return root


def _attach(stack: list[list], node: Node) -> Node | None:
    """Add a finished node to its parent; return it if it is the root."""
    if not stack:
        return node
    parent = stack[-1]
    if isinstance(parent[0], SequenceNode):
        parent[0].value.append(node)
    elif parent[1] is None:
        parent[1] = node
    else:
        parent[0].value.append((parent[1], node))
        parent[1] = None
    return None


def plain_data(node: Node | None):
    """Nodes as round-trip containers of strings (no comments), for a dry-run reconcile."""
    if isinstance(node, MappingNode):
        return CommentedMap((scalar_text(k) if isinstance(k, ScalarNode) else str(k.value),
                             plain_data(v)) for k, v in node.value)
    if isinstance(node, SequenceNode):
        return CommentedSeq(plain_data(v) for v in node.value)
    if node is None or is_null(node):
        return None
    return scalar_text(node)
