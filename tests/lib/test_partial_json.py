"""`openai.lib._partial_json`: JSON that is still being written, parsed as far as it is
complete -- at awkward split points (inside strings and escapes, numbers, literals, nested
containers, unicode), fed in pieces, and refused when it can never become JSON."""

from __future__ import annotations

import json
from typing import Any, List

import pytest

from openai.lib._partial_json import PartialJSON, PartialJSONError, parse_partial_json
from tests.utils.payloads import is_growing_part_of

DOCUMENT = (
    '{"name": "h\\u00e9llo \\"q\\" \\\\ x", "n": -12.5e+3, "t": true, "f": false, "z": null, '
    '"l": [1, [2, {"k": "v"}], "s"], "o": {"p": {}}, "emoji": "\\ud83d\\ude00 é😀", "zero": 0}'
)


def fed_in_pieces(text: str, size: int) -> Any:
    parser = PartialJSON()
    for start in range(0, len(text), size):
        parser.feed(text[start : start + size])
    return parser.value()


# ----------------------------------------------------------------------------- split points


@pytest.mark.parametrize(
    "text, expected",
    [
        # objects: keys and values not complete yet are left out
        ("{", {}),
        ('{"na', {}),
        ('{"name"', {}),
        ('{"name":', {}),
        ('{"name": "Ad', {}),
        ('{"name": "Ada"', {"name": "Ada"}),
        ('{"name": "Ada",', {"name": "Ada"}),
        ('{"name": "Ada", "age', {"name": "Ada"}),
        # inside escapes
        ('{"s": "a\\', {}),
        ('{"s": "a\\"', {}),
        ('{"s": "a\\""', {"s": 'a"'}),
        ('{"s": "a\\\\"', {"s": "a\\"}),
        ('{"s": "\\u00', {}),
        ('{"s": "\\u00e9"', {"s": "é"}),
        ('{"s": "\\ud83d', {}),
        ('{"s": "\\ud83d\\ude', {}),
        ('{"s": "\\ud83d\\ude00"', {"s": "😀"}),
        ('{"s": "😀 é', {}),
        ('["😀", "é', ["😀"]),
        # numbers: kept when valid as they stand
        ('{"n": -', {}),
        ('{"n": -1', {"n": -1}),
        ('{"n": 12', {"n": 12}),
        ('{"n": 12.', {}),
        ('{"n": 12.5', {"n": 12.5}),
        ('{"n": 1e', {}),
        ('{"n": 1e+', {}),
        ('{"n": 1e+3', {"n": 1000.0}),
        ('{"n": 0', {"n": 0}),
        ("[1, 2", [1, 2]),
        ("[1, 2.", [1]),
        # literals
        ('{"t": t', {}),
        ('{"t": tr', {}),
        ('{"t": tru', {}),
        ('{"t": true', {"t": True}),
        ('{"f": fals', {}),
        ('{"f": false', {"f": False}),
        ('{"z": nu', {}),
        ('{"z": null', {"z": None}),
        ("[true, fa", [True]),
        # nested containers are closed
        ('{"a": {"b": [1, {"c": "d', {"a": {"b": [1, {}]}}),
        ('{"a": [', {"a": []}),
        ('{"a": [tr', {"a": []}),
        ('[[["x"', [[["x"]]]),
        ('{"a": {}, "b": {"', {"a": {}, "b": {}}),
        # whitespace anywhere
        ('\n {\n "a"\n :\n 1', {"a": 1}),
        # complete scalars at the top level
        ('"text"', "text"),
        ("42", 42),
        ("null", None),
    ],
)
def test_the_complete_part_is_parsed_and_open_containers_closed(text: str, expected: Any) -> None:
    assert parse_partial_json(text) == expected


@pytest.mark.parametrize("text", ["", "   ", '"ope', "tru", "-", "12.", "1e-"])
def test_nothing_complete_at_the_top_level_raises(text: str) -> None:
    with pytest.raises(PartialJSONError, match="no complete JSON value"):
        parse_partial_json(text)


def test_every_prefix_is_a_growing_part_of_the_whole_document() -> None:
    whole = json.loads(DOCUMENT)
    values: List[Any] = [parse_partial_json(DOCUMENT[:end]) for end in range(1, len(DOCUMENT) + 1)]
    assert all(is_growing_part_of(value, whole) for value in values)
    assert values[-1] == whole
    # Members appear only once complete: the first value with "name" already has all of it.
    assert next(v for v in values if "name" in v)["name"] == whole["name"]


@pytest.mark.parametrize("size", [1, 2, 3, 7, 64])
def test_feeding_in_pieces_gives_what_parsing_at_once_gives(size: int) -> None:
    for end in (len(DOCUMENT) // 3, len(DOCUMENT) // 2, len(DOCUMENT)):
        assert fed_in_pieces(DOCUMENT[:end], size) == parse_partial_json(DOCUMENT[:end])


def test_values_are_fresh_objects_each_time() -> None:
    parser = PartialJSON().feed('{"tags": ["a"')
    first = parser.value()
    first["tags"].append("mutated")
    assert parser.feed(', "b"').value() == {"tags": ["a", "b"]}
    assert parser.text == '{"tags": ["a", "b"'


# ----------------------------------------------------------------------------- not JSON


@pytest.mark.parametrize(
    "text, match",
    [
        ('{"a": x}', "unexpected 'x'"),
        ('{"a" 1}', "unexpected '1'"),
        ('{"a": 1,}', "unexpected '}'"),
        ("[1,]", "unexpected ']'"),
        ('{"a": 1]', "unexpected ']'"),
        ('{"a": 1 "b": 2}', "unexpected '\"'"),
        ('{"a": 1} trailing', "unexpected 't'"),
        ("[01]", "invalid number"),
        ("[1-", "invalid number"),
        ('["\\x"]', "invalid string"),
        ("[trux", "unexpected 't'"),
        ("Sure! Here is the JSON", "unexpected 'S'"),
    ],
)
def test_text_that_can_never_be_json_raises(text: str, match: str) -> None:
    with pytest.raises(PartialJSONError, match=match):
        parse_partial_json(text)


def test_an_error_sticks_when_more_text_arrives() -> None:
    parser = PartialJSON().feed('{"a": x')
    with pytest.raises(PartialJSONError, match="unexpected 'x'"):
        parser.value()
    with pytest.raises(PartialJSONError, match="unexpected 'x'"):
        parser.feed('"}').value()
    assert issubclass(PartialJSONError, ValueError)
