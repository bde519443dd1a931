"""Text from articles, imports and colleagues made safe to store and to show: no terminal control in it.

A shared store holds text that anyone may have written: a scraped page, an import, a colleague's note,
a hand-edited journal. Control characters in it would reach every terminal that shows it (ESC starts
sequences that set the window title, write the clipboard, clear the screen; C1 codes do the same in
one byte; a bare CR overwrites what was printed; bidi overrides reorder what a person reads). So each
such character becomes something visible and harmless, one character for one, so that character
offsets into an article (a source sentence's start and end) stay true. The same function serves where
text enters (records are cleaned before they are stored) and where it leaves (older stores may hold
anything); it is idempotent, so applying it twice changes nothing.
"""

from __future__ import annotations

import re

import orjson

# Whitespace that breaks lines: a newline in multi-line text (notes, articles), a space elsewhere.
_LINE_BREAKS = "\n\x0b\x0c\x85\u2028\u2029"
# Bidi embeddings, overrides and isolates reorder the characters around them ("Trojan Source"), and
# interlinear annotation marks hide text; both are invisible, so they are shown as a replacement mark.
_REORDERING = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufff9\ufffa\ufffb"
_UNSAFE = re.compile(f"[\x00-\x1f\x7f-\x9f{_REORDERING}\u2028\u2029]")
_UNSAFE_BUT_NEWLINE = re.compile(f"[\x00-\x09\x0b-\x1f\x7f-\x9f{_REORDERING}\u2028\u2029]")
_CR_BEFORE_LF = re.compile("\r(?=\n)")
# Inside JSON strings orjson escapes C0 but writes DEL, C1 and bidi controls raw.
_UNSAFE_IN_JSON = re.compile(f"[\x7f-\x9f{_REORDERING}\u2028\u2029]")

REPLACEMENT = "\ufffd"


def _visible(char: str, multiline: bool) -> str:
    if char == "\r":
        return "\n" if multiline else " "
    if char in _LINE_BREAKS:
        return "\n" if multiline else " "
    if char == "\t":
        return " "
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␛ for ESC, ␇ for BEL
    if code == 0x7F:
        return "\u2421"  # ␡
    return REPLACEMENT


def safe_text(text: str, *, multiline: bool = False) -> str:
    """text with every control character replaced by one visible, inert character.

    Tabs and line breaks become spaces (newlines are kept when multiline); CRLF becomes a space and a
    newline, so a line count never doubles; other C0 codes become their Control Picture (ESC -> ␛),
    DEL becomes ␡, C1 codes and bidi overrides become U+FFFD. Wide, combining and zero-width
    characters are text, not control, and are kept.
    """
    pattern = _UNSAFE_BUT_NEWLINE if multiline else _UNSAFE
    if not pattern.search(text):
        return text
    if multiline:
        text = _CR_BEFORE_LF.sub(" ", text)
    return pattern.sub(lambda match: _visible(match.group(), multiline), text)


def safe_line(text: str | None) -> str:
    """A one-line field (title, actor, place, outlet) ready to print; None reads as empty."""
    return safe_text(text or "")


def dump_json(value, *, indent: bool = True) -> str:
    """JSON for a terminal or a file: the same data, with DEL, C1 and bidi controls written as \\u escapes."""
    text = orjson.dumps(value, option=orjson.OPT_INDENT_2 if indent else 0).decode()
    # These characters can only occur inside JSON strings, where \\uXXXX means the same character.
    return _UNSAFE_IN_JSON.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


# Invisible format characters: a soft hyphen, zero-width spaces and joiners, direction marks and overrides,
# a byte-order mark. No part of any word: text compared or analysed reads without them.
INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
