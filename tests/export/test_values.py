"""Tests of summitgraph.export.values: values become text and come back, without loss."""

from __future__ import annotations

import math

import pytest

from summitgraph.export.values import (
    attr_type,
    common_type,
    decode_id,
    decode_list,
    decode_text,
    decode_value,
    encode_id,
    encode_list,
    encode_text,
    encode_value,
)

TEXTS = [
    ("Kim met Xi.", "Kim met Xi."),
    ("Kim\x00 met\x08 Xi\x0b.\x0c", "Kim\u2400 met\u2408 Xi\u240b.\u240c"),
    ("tab\tnewline\ncr\r", "tab\tnewline\ncr\r"),
    ("x\ufffey\uffff", "x\u2424FFFEy\u2424FFFF"),
    ("lone \ud800", "lone \u2424D800"),
    ("a real \u2400 picture", "a real \u2424\u2400 picture"),
    ("the escape \u2424 itself", "the escape \u2424\u2424 itself"),
    ("\u2424\u2424\u2400\x00", "\u2424\u2424\u2424\u2424\u2424\u2400\u2400"),
    ("C1 \x7f\u0085 kept", "C1 \x7f\u0085 kept"),
]


@pytest.mark.parametrize(("text", "written"), TEXTS, ids=[f"text{i}" for i in range(len(TEXTS))])
def test_values_encode_text_stand_ins_and_back(text, written):
    assert encode_text(text) == written
    assert decode_text(written) == text


@pytest.mark.parametrize("text", ["Kim\x00Xi", "\x01\x02\x1f", "a\x0cb"])
def test_values_control_pictures_keep_the_length(text):
    """A control character is one control picture: evidence keeps its offsets."""
    assert len(encode_text(text)) == len(text)


@pytest.mark.parametrize(
    ("ident", "written"),
    [
        ("person:kim-jong-un", "person:kim-jong-un"),
        ("a; b", "a_x003B__x0020_b"),
        ("x\x00y", "x_x0000_y"),
        ("100%", "100_x0025_"),
        ("a_x0041_b", "a_x005F_x0041_b"),
        ("under_score", "under_score"),
        ("person:quispe-huamán", "person:quispe-huam_x00E1_n"),
        ("emoji \U0001f600", "emoji_x0020__x0001F600_"),
    ],
)
def test_values_ids_are_nmtokens_and_come_back(ident, written):
    assert encode_id(ident) == written
    assert decode_id(written) == ident


@pytest.mark.parametrize(
    "values",
    [["Kim", "Kim Jong-un"], ["a; b", "c"], [1, None, 2.5], ["x\x00y", '"quoted"', "back\\slash"], []],
    ids=["names", "separator-inside", "numbers-null", "awkward", "empty"],
)
def test_values_lists_are_json_arrays(values):
    assert decode_list(encode_list(values)) == values


def test_values_decode_list_refuses_a_non_list():
    with pytest.raises(ValueError, match="not a JSON array"):
        decode_list('{"a": 1}')


@pytest.mark.parametrize(
    ("value", "kind", "text"),
    [
        (None, "string", None),
        ([], "string", None),
        (True, "boolean", "true"),
        (3, "long", "3"),
        (2.5, "double", "2.5"),
        (float("nan"), "double", "NaN"),
        (float("-inf"), "double", "-INF"),
        (["a", None], "string", '["a", null]'),
        ("x\x00", "string", "x\u2400"),
        (7, "string", "7"),
    ],
)
def test_values_encode_value(value, kind, text):
    assert encode_value(value, kind) == text


@pytest.mark.parametrize(
    ("text", "kind", "is_list", "value"),
    [
        ("true", "boolean", False, True),
        ("0", "boolean", False, False),
        ("12", "long", False, 12),
        ("1.5", "double", False, 1.5),
        ("x\u2400", "string", False, "x\x00"),
        ('["a; b", 2]', "string", True, ["a; b", 2]),
    ],
)
def test_values_decode_value(text, kind, is_list, value):
    assert decode_value(text, kind, is_list=is_list) == value


def test_values_nan_comes_back_as_nan():
    assert math.isnan(decode_value(encode_value(float("nan"), "double"), "double"))


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([1, 2], "long"),
        ([1, 2.5], "double"),
        ([True], "boolean"),
        ([1, "x"], "string"),
        ([None], None),
        ([["a"]], "string"),
    ],
)
def test_values_common_type(values, expected):
    assert common_type(values) == expected


@pytest.mark.parametrize(
    ("value", "kind"), [(True, "boolean"), (1, "long"), (1.0, "double"), ("x", "string"), ([1], "string")]
)
def test_values_attr_type(value, kind):
    assert attr_type(value) == kind
