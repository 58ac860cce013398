"""Attribute values as XML text: the one place they are flattened.

Graph attributes are Python values (``str``, ``int``, ``float``, ``bool``,
lists); XML formats hold typed text. Here, and only here:

* a list (tuple, set) is joined with ``"; "`` (``LIST_SEPARATOR``), its
  ``None`` items left out; :func:`split_list` turns the text back into a list;
* ``None`` is no value at all: :func:`flatten` gives ``""``, and writers leave
  a value with empty text out rather than write an empty element;
* characters XML 1.0 cannot carry are dropped from every text.

For example ``flatten(["Kim", None, "Kim Jong-un"], "string")`` is
``"Kim; Kim Jong-un"`` and ``attr_type(2.5)`` is ``"double"``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

LIST_SEPARATOR = "; "
# Characters XML 1.0 cannot carry; news text scraped from the web has them
# (and lone surrogates, which JSON escapes such as \ud800 can produce).
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def attr_type(value: Any) -> str:
    """The GraphML ``attr.type`` of one value: ``boolean``, ``long``, ``double`` or ``string``."""
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


def flatten(value: Any, as_type: str) -> str:
    """The text of ``value`` under a key of attribute type ``as_type``; ``""``
    when there is nothing to write (``None``, an empty list, only invalid
    characters).

    Booleans are ``true`` / ``false`` and floats their ``repr`` under a key of
    their own type; under a ``string`` key every value is its ``str``.
    """
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set)):
        text = LIST_SEPARATOR.join(str(v) for v in value if v is not None)
    elif as_type == "boolean" and isinstance(value, bool):
        return "true" if value else "false"
    elif as_type == "double" and isinstance(value, float):
        return repr(value)
    else:
        text = str(value)
    return XML_INVALID.sub("", text)


def split_list(text: str | None) -> list[str]:
    """The list :func:`flatten` joined (``[]`` for no text)."""
    return text.split(LIST_SEPARATOR) if text else []


def is_xml_text(text: str) -> bool:
    """Whether ``text`` is non-empty and every character of it can be written in XML 1.0."""
    return bool(text) and not XML_INVALID.search(text)
