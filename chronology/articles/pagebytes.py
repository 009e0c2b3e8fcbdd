"""A saved page's bytes -> text: gzip, byte-order marks, and the charset the page declares.

Browsers decode a page by its byte-order mark, else the charset in its first ``<meta>``
tags (``<meta charset="windows-1251">``, ``http-equiv="Content-Type"``), else a default.
We do the same, except that bytes which are valid UTF-8 are read as UTF-8 whatever the
page declares (a page saved by a browser or a CMS export is often re-encoded as UTF-8
and keeps its old declaration; text in a legacy charset is almost never valid UTF-8).
Without a declaration, bytes that are not UTF-8 are read as Windows-1252.
"""

from __future__ import annotations

import codecs
import re
import zlib
from pathlib import Path

from chronology import controls
from chronology.errors import ChronologyError

GZIP_MAGIC = b"\x1f\x8b"
_SNIFF_BYTES = 4096
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""",
                      re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})""")
# As browsers do (WHATWG Encoding): these labels mean Windows-1252; a <meta> cannot declare
# UTF-16 (the bytes that hold the declaration are ASCII).
_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252",
            "us-ascii": "cp1252", "iso8859-1": "cp1252", "l1": "cp1252",
            "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8"}


def unpack(data: bytes, path: Path, limit: int) -> bytes:
    """Gzip-compressed bytes (``.html.gz``, or a page saved compressed) decompressed, at
    most ``limit`` bytes; other bytes as they are."""
    if not data.startswith(GZIP_MAGIC):
        return data
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as exc:
        raise ChronologyError(f"broken gzip data: {exc}", path) from None
    if len(out) > limit:
        raise ChronologyError("too large for a news article once decompressed "
                              f"(the limit is {limit // 2**20} MB)", path)
    if not inflater.eof:
        raise ChronologyError("gzip data is cut short (an incomplete download?)", path)
    return out


def declared_charset(data: bytes) -> str | None:
    """The Python codec of the charset the page declares near its top, or None."""
    head = data[:_SNIFF_BYTES]
    match = _XML_ENCODING.match(head) or _CHARSET.search(head)
    if not match:
        return None
    label = match.group(1).decode("ascii").strip().lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_page(data: bytes, path: Path) -> str:
    """The page's text, newlines normalised to ``\\n``; empty and binary files are errors."""
    if not data.strip():
        raise ChronologyError("empty file: no article text", path)
    if data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    elif b"\x00" in data:
        raise ChronologyError("binary file (NUL bytes): not a web page", path)
    else:
        text = _decode_declared(data, declared_charset(data))
    # control characters normalised as in text articles (lxml refuses most of them)
    return controls.normalise(text.replace("\r\n", "\n").replace("\r", "\n"))


def _decode_declared(data: bytes, charset: str | None) -> str:
    """UTF-8 when the bytes are UTF-8 (text in a legacy charset almost never is, and pages
    declaring one are often re-saved as UTF-8), else the declared charset, else
    Windows-1252; bytes the charset cannot map become U+FFFD."""
    for codec in ("utf-8", charset):
        if codec:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                continue
    return data.decode(charset or "cp1252", errors="replace")
