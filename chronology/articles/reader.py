"""Reading an article file: decoding, newlines, and the optional YAML front matter.

An article file is ``.txt`` or ``.md``: an optional front matter block between two
``---`` lines (keys ``title``, ``publisher``, ``url``, ``published``, ``language``),
then the article itself.  Every problem is a one-line ``ChronologyError`` with the file
and, where it helps, the line.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from chronology import controls
from chronology.errors import ChronologyError, Place
from chronology.spans import date_problem
from chronology.urls import http_url_problem

FRONT_MATTER_KEYS = ("title", "publisher", "url", "published", "language")
FENCE = "---"
# Control characters that never appear in text (tab, newline, form feed and CR do).
_CONTROL = {chr(c) for c in range(32)} - {"\t", "\n", "\r", "\f"}


@dataclass(frozen=True)
class FrontMatter:
    """The front matter of an article; ``body_start`` is where the article text begins."""

    values: dict
    body_start: int = 0


def too_large(size: int, limit: int) -> str:
    """The message for a file (or a decompressed page) over the size limit."""
    return (f"too large for a news article ({size / 2**20:.1f} MB; "
            f"the limit is {limit // 2**20} MB)")


def decode(data: bytes, path: Path) -> str:
    """Bytes -> text: UTF-8 (BOM or not), UTF-16 with a BOM, else Windows-1252 if clearly text.

    Newlines are normalised to ``\\n``, and control characters (a word processor's vertical
    tab...) to a newline or a space (``chronology.controls``).  Empty and binary files raise
    ``ChronologyError``.
    """
    if not data.strip():
        raise ChronologyError("empty file: no article text", path)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode_with(data, "utf-16", path)
    elif b"\x00" in data:
        raise ChronologyError("binary file (NUL bytes): not an article", path)
    elif data.startswith(codecs.BOM_UTF8):
        text = _decode_with(data, "utf-8-sig", path)
    else:
        text = _decode_fallback(data, path)
    text = controls.normalise(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise ChronologyError("empty file: no article text", path)
    return text


def _decode_with(data: bytes, encoding: str, path: Path) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ChronologyError(f"cannot decode as {encoding}: {exc.reason} at byte {exc.start}",
                              path) from None


def _decode_fallback(data: bytes, path: Path) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ChronologyError("binary file: neither UTF-8 nor Windows-1252 text",
                                  path) from None
    controls = sum(map(text.count, _CONTROL))
    if controls > max(2, len(text) // 200):
        raise ChronologyError("binary file: too many control characters for text", path)
    return text


def split_front_matter(text: str, path: Path) -> FrontMatter:
    """Parse the front matter at the top of ``text`` (if any) and check its keys and values."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != FENCE:
        return FrontMatter({}, 0)
    closing = [i for i, line in enumerate(lines) if i > 0 and line.strip() in (FENCE, "...")]
    if not closing:
        raise ChronologyError("front matter opened with '---' is never closed",
                              Place(str(path), 1, 1))
    index = closing[0]
    raw = "\n".join(lines[1:index])
    body_start = sum(len(line) + 1 for line in lines[: index + 1])
    values = _parse_yaml(raw, path)
    return FrontMatter(_check_values(values, path), min(body_start, len(text)))


class _TextDates(yaml.SafeLoader):
    """Safe loading with dates left as text, so an impossible one ("2015-02-30") is our
    error with its place, not a ValueError from inside the YAML library."""

    yaml_implicit_resolvers = {
        first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def _parse_yaml(raw: str, path: Path) -> dict:
    """YAML mapping -> {key: (value, line)}; the line is 1-based in the file."""
    try:
        node = yaml.compose(raw, Loader=_TextDates)
        data = yaml.load(raw, Loader=_TextDates)  # safe: a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        place = Place(str(path), mark.line + 2, mark.column + 1) if mark else Place(str(path), 1)
        raise ChronologyError(f"front matter: invalid YAML: {getattr(exc, 'problem', exc)}",
                              place) from None
    if data is None:
        return {}
    if not isinstance(data, dict) or node is None or not hasattr(node, "value"):
        raise ChronologyError("front matter must be a mapping of keys to values",
                              Place(str(path), 2, 1))
    lines = {str(k.value): k.start_mark.line + 2 for k, _ in node.value}
    return {str(k): (v, lines.get(str(k), 2)) for k, v in data.items()}


def _check_values(values: dict, path: Path) -> dict:
    checked: dict = {}
    for key, (value, line) in values.items():
        place = Place(str(path), line, 1)
        if key not in FRONT_MATTER_KEYS:
            known = ", ".join(FRONT_MATTER_KEYS)
            raise ChronologyError(f"front matter: unknown key {key!r} (known: {known})", place)
        if value is None:
            continue
        if key == "published":
            checked[key] = _published(value, place)
        elif isinstance(value, (dict, list)):
            raise ChronologyError(f"front matter: {key!r} must be text", place)
        else:
            checked[key] = str(value).strip()
        if key == "url" and http_url_problem(checked[key]):
            raise ChronologyError(f"front matter: url {checked[key]!r} "
                                  f"{http_url_problem(checked[key])}", place)
    return checked


_DAY = re.compile(r"(\d{4}-\d\d-\d\d)(?:[Tt ]+[\d:.]+ *(?:Z|[+-]\d\d?(?::?\d\d)?)?)?")


def _published(value: object, place: Place) -> dt.date:
    """``YYYY-MM-DD`` (a time after it is allowed and ignored), a real date in range."""
    text = str(value).strip()
    match = _DAY.fullmatch(text)
    if match is None:
        raise ChronologyError(
            f"front matter: published {text!r} is not a date (expected YYYY-MM-DD)", place)
    why = date_problem(match.group(1))
    if why:
        raise ChronologyError(f"front matter: published {text!r} is not a real date ({why})",
                              place)
    return dt.date.fromisoformat(match.group(1))
