"""Insert into round-trip collections without moving the editor's comments.

ruamel.yaml attaches the comment lines that *follow* an item to that item's last scalar.  So
a comment an editor wrote above event 5 (or above ``seen:``) belongs, to ruamel, to the end of
event 4: inserting a new event after event 4 would put the comment above the new event.  After
each insertion we move those full-line comments from the previous item to the new one, so
they stay right above the entry they were written for.  An end-of-line comment stays put.
"""

from __future__ import annotations

import copy
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

_COLLECTIONS = (CommentedMap, CommentedSeq)


def insert_item(seq: CommentedSeq, position: int, value: Any) -> None:
    """``seq.insert(position, value)``, keeping comments above the entry they precede."""
    seq.insert(position, value)
    if position > 0:
        _move_trailer(_slot(seq, position - 1), _slot(seq, position))


def insert_key(mapping: CommentedMap, position: int, key: Any, value: Any) -> None:
    """``mapping.insert(position, key, value)``, keeping comments where they were written."""
    if position == len(mapping) and key not in mapping:  # append: what insert does, in O(1)
        previous = next(reversed(mapping), None) if position > 0 else None
        mapping[key] = value
    else:
        mapping.insert(position, key, value)
        previous = list(mapping)[position - 1] if position > 0 else None
    if position > 0:
        _move_trailer(_slot(mapping, previous), _slot(mapping, key))


def append_items(seq: CommentedSeq, values: list[Any]) -> None:
    """Append each value at the end of ``seq``, keeping trailing comments at the end."""
    for value in values:
        insert_item(seq, len(seq), value)


def _slot(container: Any, key: Any) -> tuple[Any, Any, int]:
    """Where the comments after ``container[key]`` live: (collection, key, index in ca.items)."""
    value = container[key]
    while isinstance(value, _COLLECTIONS) and len(value):
        container, key = value, (list(value)[-1] if isinstance(value, CommentedMap)
                                 else len(value) - 1)
        value = container[key]
    return container, key, 2 if isinstance(container, CommentedMap) else 0


def _move_trailer(source: tuple[Any, Any, int], target: tuple[Any, Any, int]) -> None:
    container, key, index = source
    entry = container.ca.items.get(key)
    token = entry[index] if entry and len(entry) > index else None
    if token is None or "\n" not in token.value:
        return
    head, _, tail = token.value.partition("\n")
    if not tail:
        return
    if head.strip():
        token.value = head + "\n"
    else:
        entry[index] = None
    moved = copy.copy(token)
    moved.value = "\n" + tail
    t_container, t_key, t_index = target
    slot = t_container.ca.items.setdefault(t_key, [None, None, None, None])
    slot[t_index] = moved
