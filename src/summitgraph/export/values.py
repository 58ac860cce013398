"""Attribute values as text: the one place they are flattened, and unflattened.

Graph attributes are Python values (``str``, ``int``, ``float``, ``bool``,
lists); GraphML, GEXF and CSV hold text. Here, and only here, values become
text and come back, without loss:

* a list (tuple) is a JSON array, ``["Kim", "Kim Jong-un"]``
  (:func:`encode_list` / :func:`decode_list`): an item may hold any
  character, ``"; "`` included, and numbers stay numbers;
* ``None`` is no value at all: writers leave it out rather than write an empty
  element or the text ``None``;
* characters XML 1.0 cannot carry are written as visible stand-ins that
  :func:`decode_text` turns back (:func:`encode_text`): a control character
  becomes its Unicode control picture, so ``"x\\x00y"`` is written ``"x␀y"``
  (one character for one: evidence keeps its length and offsets); U+FFFE,
  U+FFFF and lone surrogates become ``␤`` and four hex digits; a control
  picture or ``␤`` that is really in the text is written after a ``␤``;
* GraphML ids (``xs:NMTOKEN`` in its schema: no spaces, no ``;``, no ``%``)
  keep ASCII letters, digits and ``. _ : -``; any other character is written
  ``_xHHHH_`` (its code point in hex, as .NET's ``XmlConvert.EncodeName``
  does), and so is the ``_`` of a ``_x`` in the id (:func:`encode_id`):
  ``"a; b"`` is written ``"a_x003B__x0020_b"``.

For example ``attr_type(2.5)`` is ``"double"`` and
``encode_value(["Kim", None], "string")`` is ``'["Kim", null]'``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from typing import Any

# Characters XML 1.0 cannot carry; news text scraped from the web has them.
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: Written before a character that stands for itself, or before four hex digits.
ESCAPE = "\u2424"
_PICTURE = 0x2400  # U+2400 SYMBOL FOR NULL; U+241F is the picture of U+001F
_NEEDS_ESCAPE = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff\u2400-\u241f{ESCAPE}]")
_DECODE = re.compile(f"{ESCAPE}([0-9A-F]{{4}}|[\u2400-\u241f{ESCAPE}])|[\u2400-\u241f]")
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9._:-]|_(?=x)")
_ID_ESCAPE = re.compile(r"_x([0-9A-F]{4}|[0-9A-F]{8})_")
_DOUBLES = {"nan": "NaN", "inf": "INF", "-inf": "-INF"}


def attr_type(value: Any) -> str:
    """The GraphML ``attr.type`` of one value: ``boolean``, ``long``, ``double``
    or ``string`` (a list is a JSON string)."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    return "string"


def common_type(values: Iterable[Any]) -> str | None:
    """One ``attr.type`` for all ``values`` (``None`` values ignored): mixed
    types fall back to ``string``, ``long`` with ``double`` to ``double``;
    None when no value is given."""
    common: str | None = None
    for value in values:
        if value is None:
            continue
        kind = attr_type(value)
        if common is None or common == kind:
            common = kind
        elif {common, kind} == {"long", "double"}:
            common = "double"
        else:
            common = "string"
    return common


def encode_text(text: str) -> str:
    """``text`` with every character XML 1.0 cannot carry replaced by a
    stand-in :func:`decode_text` reverses: ``"Kim\\x00Xi"`` -> ``"Kim␀Xi"``."""
    if not _NEEDS_ESCAPE.search(text):
        return text
    return _NEEDS_ESCAPE.sub(_stand_in, text)


def _stand_in(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code < 0x20:
        return chr(_PICTURE + code)
    if _PICTURE <= code <= _PICTURE + 0x1F or char == ESCAPE:
        return ESCAPE + char
    return f"{ESCAPE}{code:04X}"


def decode_text(text: str) -> str:
    """The text :func:`encode_text` was given: ``"Kim␀Xi"`` -> ``"Kim\\x00Xi"``."""
    if not _DECODE.search(text):
        return text
    return _DECODE.sub(_original, text)


def _original(match: re.Match[str]) -> str:
    escaped = match.group(1)
    if escaped is None:
        return chr(ord(match.group()) - _PICTURE)
    return escaped if len(escaped) == 1 else chr(int(escaped, 16))


def encode_list(values: Iterable[Any]) -> str:
    """A list as a JSON array (``None`` items as ``null``): ``["a; b", 3]``."""
    return json.dumps(list(values), ensure_ascii=False, separators=(", ", ": "))


def decode_list(text: str) -> list[Any]:
    """The list :func:`encode_list` wrote."""
    value = json.loads(text)
    if not isinstance(value, list):
        raise ValueError(f"not a JSON array: {text[:40]!r}")
    return value


def encode_value(value: Any, as_type: str) -> str | None:
    """The text of ``value`` under a key of type ``as_type``; None when there
    is nothing to write (``None``, an empty list).

    Booleans are ``true`` / ``false``, floats their ``repr`` (``NaN``,
    ``INF`` as XML Schema writes them), lists JSON arrays; under a ``string``
    key any other value is its ``str``. Every text goes through
    :func:`encode_text`.
    """
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        if not value:
            return None
        return encode_text(encode_list(value))
    if isinstance(value, bool):
        return ("true" if value else "false") if as_type == "boolean" else str(value)
    if isinstance(value, float) and as_type == "double":
        text = repr(value)
        return _DOUBLES.get(text, text) if not math.isfinite(value) else text
    return encode_text(str(value))


def decode_value(text: str, as_type: str, *, is_list: bool = False) -> Any:
    """The value :func:`encode_value` wrote as ``text`` under ``as_type``."""
    if as_type == "boolean":
        return text.strip() in ("true", "1")
    if as_type in ("long", "int", "integer"):
        return int(text)
    if as_type in ("double", "float"):
        return float(text)
    text = decode_text(text)
    return decode_list(text) if is_list else text


def encode_id(text: str) -> str:
    """A GraphML id (an ``xs:NMTOKEN``): ``"person:kim-jong-un"`` as is,
    ``"a; b"`` as ``"a_x003B__x0020_b"``."""
    return _ID_UNSAFE.sub(_hex_name, text)


def _hex_name(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"_x{code:04X}_" if code <= 0xFFFF else f"_x{code:08X}_"


def decode_id(text: str) -> str:
    """The id :func:`encode_id` wrote."""
    return _ID_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
