"""Control characters: one definition of what text may hold, where it enters and where it leaves.

A control character in a title or a quote is never meant (a word processor's soft line break
is a vertical tab; a bare carriage return injects lines into a calendar file), and most
formats cannot carry it: XML 1.0 forbids most of them even escaped.  So:

- articles are *normalised* when read (``normalise``): line-break-like characters become a
  newline, any other control character a space;
- the events file and the settings *refuse* them (``first_control``), with a place;
- every export still escapes or replaces what its format cannot hold (``xml_text``), so a
  theme or a future field cannot leak one.

Tab and newline are text.  "Control" here means Unicode category Cc (C0, DEL, C1), the line
and paragraph separators U+2028/U+2029, and lone surrogates.

>>> normalise("soft\\vbreak\\x07bell"), first_control("a\\rb"), describe("\\r")
('soft\\nbreak bell', '\\r', 'U+000D')
"""

from __future__ import annotations

import re

CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_LINE_BREAK = re.compile("[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# XML 1.0 "Char": not even a character reference can carry these.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def first_control(text: str) -> str | None:
    """The first control character in ``text``, or None."""
    match = CONTROL.search(text)
    return match.group() if match else None


def describe(ch: str) -> str:
    """A character as ``U+000D``."""
    return f"U+{ord(ch):04X}"


def refusal(ch: str) -> str:
    """The message for a refused control character (after the field's path)."""
    return f"control character {describe(ch)} is not allowed (write a line break or a space instead)"


def normalise(text: str) -> str:
    """Line-break-like controls (vertical tab, form feed, NEL, U+2028/9...) -> newline; any
    other control character except tab -> space.  Text without any is returned as is."""
    if not CONTROL.search(text):
        return text
    return CONTROL.sub(" ", _LINE_BREAK.sub("\n", text))


def xml_text(text: str) -> str:
    """``text`` with what XML 1.0 cannot hold replaced by U+FFFD (escape it afterwards)."""
    return _NOT_XML.sub("\ufffd", text)
