"""The generated layers (attrs client and pydantic models) tolerate what real servers do.

Generic over every spec: every enum accepts a value it does not list, every documented 2xx example
still parses with an unknown field added, and a generated call survives a status code IANA does not
register. Real servers grow; none of that may make parsing fail.
"""

from __future__ import annotations

import copy
import enum
import importlib
import re
from typing import Any

import httpx
import pytest

from tests.contract.test_operations import endpoint_module
from tests.flaky_server import FlakyServer, Reply
from tests.specs import APIS, Operation, load_spec, operations, resolve


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _by_norm(module: Any) -> dict[str, Any]:
    """The classes of `module` by normalised name (submodules of the same name are skipped)."""
    return {
        _norm(name): value
        for name in dir(module)
        if not name.startswith("_") and isinstance(value := getattr(module, name), type)
    }


def _enum_schemas() -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    for api in APIS:
        for name, schema in load_spec(api).get("components", {}).get("schemas", {}).items():
            if "enum" in schema and len(schema["enum"]) > 1:
                found.append((api, name, schema))
    return found


def _unknown_value(schema: dict[str, Any]) -> Any:
    return 987654 if all(isinstance(v, int) for v in schema["enum"]) else "a_value_from_the_future"


@pytest.mark.parametrize(("api", "name", "schema"), _enum_schemas(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_enum_accepts_unknown_values(api: str, name: str, schema: dict[str, Any]) -> None:
    """Both generated enum classes turn an unlisted value into a pseudo-member that keeps the value."""
    value = _unknown_value(schema)
    attrs_enum = _by_norm(importlib.import_module(f"{api}_api.models"))[_norm(name)]
    pydantic_enum = _by_norm(importlib.import_module(f"{api}_api.pydantic_models"))[_norm(name)]
    for cls in (attrs_enum, pydantic_enum):
        assert issubclass(cls, enum.Enum)
        member = cls(value)
        assert member == value and member.value == value
        known = schema["enum"][0]
        assert cls(known) is cls(known)  # listed values stay real members


def _response_examples() -> list[tuple[Operation, str, Any]]:
    found = []
    for api in APIS:
        spec = load_spec(api)
        for op in operations(api):
            _, response = op.success_response()
            for media in response.get("content", {}).values():
                ref = media.get("schema", {}).get("$ref")
                schema = resolve(spec, media.get("schema", {}))
                is_map = isinstance(schema.get("additionalProperties"), dict)  # a map, not an object that can grow
                if ref and not is_map and "example" in media and isinstance(media["example"], dict):
                    found.append((op, ref.rsplit("/", 1)[-1], media["example"]))
    return found


def _with_unknowns(example: dict[str, Any]) -> dict[str, Any]:
    grown = copy.deepcopy(example)
    grown["field_added_next_year"] = {"nested": [1, "two", None]}
    return grown


@pytest.mark.parametrize(
    ("op", "schema_name", "example"), _response_examples(), ids=lambda v: v.id if isinstance(v, Operation) else ""
)
def test_responses_with_unknown_fields_parse_and_keep_them(op: Operation, schema_name: str, example: Any) -> None:
    grown = _with_unknowns(example)
    attrs_model = _by_norm(importlib.import_module(f"{op.api}_api.models"))[_norm(schema_name)]
    parsed = attrs_model.from_dict(grown)
    assert parsed.additional_properties["field_added_next_year"] == {"nested": [1, "two", None]}
    assert parsed.to_dict()["field_added_next_year"] == {"nested": [1, "two", None]}
    pydantic_model = _by_norm(importlib.import_module(f"{op.api}_api.pydantic_models"))[_norm(schema_name)]
    model = pydantic_model.model_validate(grown)
    if hasattr(model, "model_extra") and model.model_extra is not None:
        assert model.model_extra["field_added_next_year"] == {"nested": [1, "two", None]}
        assert model.model_dump(mode="json", by_alias=True)["field_added_next_year"] == {"nested": [1, "two", None]}


def _simple_get(api: str) -> Operation:
    """A GET whose parameters are all optional, to call with no arguments."""
    for op in operations(api):
        if op.method == "get" and not any(p.get("required") for p in op.parameters()):
            return op
    raise AssertionError(f"{api} has no GET without required parameters")


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("status", [499, 520, 529, 500])
def test_generated_call_survives_nonstandard_status_and_html_body(api: str, status: int) -> None:
    op = _simple_get(api)
    endpoint = endpoint_module(op)
    client_module = importlib.import_module(f"{api}_api.client")
    page = "<html><body>upstream overloaded</body></html>"
    with FlakyServer(lambda req: Reply(status, page, {"Content-Type": "text/html"})) as server:
        client = client_module.AuthenticatedClient(base_url=server.url, token="t0ken-for-tests")
        with client:
            response = endpoint.sync_detailed(client=client)
    assert response.status_code == status
    assert response.parsed in (None, page)  # None, or the text itself where the spec documents a text body
    assert response.content.decode() == page


@pytest.mark.parametrize("api", APIS)
def test_generated_clients_always_have_a_timeout(api: str) -> None:
    client_module = importlib.import_module(f"{api}_api.client")
    for timeout in ({}, {"timeout": None}):
        client = client_module.Client(base_url="http://127.0.0.1:9", **timeout)
        http = client.get_httpx_client()
        assert http.timeout.read is not None and http.timeout.connect is not None
        http.close()
    custom = client_module.Client(base_url="http://127.0.0.1:9", timeout=2.5).get_httpx_client()
    assert custom.timeout == httpx.Timeout(2.5)


@pytest.mark.parametrize("api", APIS)
def test_token_is_not_in_the_generated_client_repr(api: str) -> None:
    client_module = importlib.import_module(f"{api}_api.client")
    client = client_module.AuthenticatedClient(base_url="http://127.0.0.1:9", token="super-secret-token-value")
    assert "super-secret-token-value" not in repr(client)
    assert "super-secret-token-value" not in repr(client.get_httpx_client().headers)
