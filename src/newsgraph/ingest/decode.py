"""Bytes to text: a tolerant decoding cascade with typed refusals.

UTF-8 (with or without BOM) first, then UTF-16 when a BOM says so, then Windows-1252 and
Latin-1 for older files.  Bytes that look binary (NUL bytes, many control characters) are
refused as ``BinaryInput``; empty or whitespace-only input as ``EmptyInput``.
"""

from __future__ import annotations

import codecs
import re

from ..errors import BinaryInput, EmptyInput, UndecodableInput

_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text in any encoding we read (NULs, many control bytes)."""
    sample = data[:8192]
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b in _CONTROL)
    return controls > max(2, len(sample) // 100)


def decode_bytes(data: bytes, source: str, *, strict_utf8: bool = False) -> str:
    """Text of ``data``; raises a typed InputError when there is none.

    With ``strict_utf8`` the fallback encodings are not tried: invalid UTF-8 is refused as
    UndecodableInput (for formats that are UTF-8 by definition, such as JSON).
    """
    if not data.strip():
        raise EmptyInput("the input is empty", source=source)
    if looks_binary(data):
        raise BinaryInput("the input is binary, not text", source=source)
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _strict(data, encoding, source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if strict_utf8:
            raise UndecodableInput(f"invalid UTF-8 at byte {exc.start}", source=source) from exc
    return _legacy(data, source)


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UndecodableInput(f"invalid {encoding} at byte {exc.start}", source=source) from exc


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")


def _legacy(data: bytes, source: str) -> str:
    """Windows-1252 (a superset of Latin-1 for text), the usual encoding of older files.

    Accepted only when it is plausible: no valid UTF-8 sequences mixed in (that is broken
    UTF-8, not a legacy file) and few non-ASCII characters, as in real Western text.
    """
    if _UTF8_MULTIBYTE.search(data):
        raise UndecodableInput("invalid UTF-8: valid and broken sequences are mixed", source=source)
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise UndecodableInput(f"neither UTF-8 nor Windows-1252 (byte {exc.start})", source=source) from exc
    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    if non_ascii > max(3, len(text) // 20):
        raise UndecodableInput("invalid UTF-8 and too many non-ASCII bytes for a Latin-1 text", source=source)
    return text
