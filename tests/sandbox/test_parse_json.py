"""`api_sandbox.parse_json`: what the sandboxes accept as a JSON body can always be rendered again."""

from __future__ import annotations

import json

import pytest

from api_sandbox import parse_json


def test_json_reads_as_json() -> None:
    assert parse_json(b'{"a": [1, 2.5, "x", null, true], "b": {"c": -0.0}}') == {
        "a": [1, 2.5, "x", None, True],
        "b": {"c": -0.0},
    }
    assert parse_json('{"emoji": "\\ud83d\\ude80 caf\u00e9"}'.encode()) == {"emoji": "\U0001f680 caf\u00e9"}


@pytest.mark.parametrize(
    "body",
    [b"NaN", b"[Infinity]", b'{"a": -Infinity}', b"1e999", b"-1e400", b"1" * 5000, b"\xff\xfe", b"[" * 50_000, b""],
)
def test_what_is_not_json_is_a_value_error(body: bytes) -> None:
    with pytest.raises(ValueError):
        parse_json(body)


def test_a_lone_surrogate_becomes_a_replacement_character_wherever_it_is() -> None:
    found = parse_json(b'{"k\\udc00": ["\\ud800", {"x": "a\\udbffb"}], "pair": "\\ud83d\\ude00"}')
    assert found == {"k\ufffd": ["\ufffd", {"x": "a\ufffdb"}], "pair": "\U0001f600"}
    json.dumps(found, ensure_ascii=False, allow_nan=False).encode("utf-8")  # renders again
