"""Every operation of every spec, called through the generated client (sync and async) against Prism.

The operations are enumerated from the specs, so an operation added without a working generated
function fails here. Each request is built from the spec's own examples; Prism validates it (a 422
or an `sl-violations` header fails the test) and answers with the documented example, which must
parse into the generated attrs model and into the generated pydantic model.
"""

from __future__ import annotations

import asyncio
import datetime
import enum
import importlib
import io
import re
import types
import typing
from typing import Any

import httpx
import pytest

from tests.specs import Operation, all_operations, load_spec, resolve

pytestmark = pytest.mark.contract

# How each API sends its credentials (securitySchemes): RapidPro wants `Authorization: Token <key>`.
AUTH_PREFIX = {"monzo": "Bearer", "bloomy": "Bearer", "rapidpro": "Token"}


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _example(spec: dict[str, Any], holder: dict[str, Any]) -> Any:
    """The example a parameter or media type carries (or, failing that, its schema)."""
    if "example" in holder:
        return holder["example"]
    if holder.get("examples"):
        first = next(iter(holder["examples"].values()))
        return resolve(spec, first).get("value")
    schema = resolve(spec, holder.get("schema", {}))
    for key in ("example", "default"):
        if key in schema:
            return schema[key]
    if schema.get("examples"):
        return schema["examples"][0]
    if schema.get("enum"):
        return schema["enum"][0]
    raise AssertionError(f"no example for {holder.get('name', holder)}")


def _convert(value: Any, annotation: Any, module: types.ModuleType) -> Any:
    """Turn a JSON example into what the generated function's annotation asks for."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        unset = module.Unset
        options = [a for a in typing.get_args(annotation) if a not in (unset, type(None))]
        # Rich types first (models, enums, dates), plain scalars last.
        options.sort(key=lambda a: a in (str, int, float, bool))
        errors = []
        for option in options:
            try:
                return _convert(value, option, module)
            except Exception as exc:
                errors.append(exc)
        raise TypeError(f"{value!r} fits none of {annotation}: {errors}")
    if origin is list:
        (item,) = typing.get_args(annotation)
        return [_convert(v, item, module) for v in value]
    if origin is not None:
        return value
    if annotation is module.File:
        payload = value.encode() if isinstance(value, str) else b"example file content"
        return module.File(payload=io.BytesIO(payload), file_name="example.png", mime_type="image/png")
    if isinstance(annotation, type):
        if issubclass(annotation, enum.Enum):
            return annotation(value)
        if annotation is datetime.datetime:
            return datetime.datetime.fromisoformat(value)
        if annotation is datetime.date:
            return datetime.date.fromisoformat(value)
        if hasattr(annotation, "from_dict"):
            if isinstance(value, dict):  # binary fields of multipart bodies: the example holds text
                raw = getattr(annotation, "__annotations__", {})  # strings: models use postponed annotations
                value = {
                    k: v.encode() if isinstance(v, str) and raw.get(k) in ("File", module.File) else v
                    for k, v in value.items()
                }
            return annotation.from_dict(value)
        if annotation is float and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        if annotation in (str, int, float, bool) and type(value) is not annotation:
            raise TypeError(f"{value!r} is not {annotation.__name__}")
    return value


def _call_kwargs(op: Operation, function: Any, module: types.ModuleType) -> dict[str, Any]:
    spec = load_spec(op.api)
    hints = typing.get_type_hints(function)
    by_norm = {_norm(name): name for name in hints if name not in ("client", "return")}
    kwargs: dict[str, Any] = {}
    for param in op.parameters():
        python_name = by_norm.get(_norm(param["name"]))
        assert python_name, f"{op.id}: no argument for parameter {param['name']!r} in {list(hints)}"
        kwargs[python_name] = _convert(_example(spec, param), hints[python_name], module)
    if "requestBody" in op.raw:
        body = resolve(spec, op.raw["requestBody"])
        media_type = next(iter(body["content"].values()))
        kwargs["body"] = _convert(_example(spec, media_type), hints["body"], module)
    return kwargs


def _success_model_name(op: Operation) -> str | None:
    """The schema name of the 2xx body when it is a named object (a generated model class)."""
    _, response = op.success_response()
    for media in response.get("content", {}).values():
        ref = media.get("schema", {}).get("$ref")
        if ref:
            schema = resolve(load_spec(op.api), media["schema"])
            if schema.get("type") == "object" or "properties" in schema:
                return str(ref.rsplit("/", 1)[-1])
    return None


def _check(op: Operation, response: Any, module: types.ModuleType) -> None:
    violations = response.headers.get("sl-violations")
    assert response.status_code != 422, f"Prism rejected the request: {violations or response.content[:2000]!r}"
    assert violations is None, f"Prism saw violations: {violations}"
    expected_status, success = op.success_response()
    assert int(response.status_code) == expected_status, response.content[:2000]
    has_body = any(media.get("schema") for media in success.get("content", {}).values())
    if has_body:
        assert response.parsed is not None, f"{op.id}: 2xx body was not parsed: {response.content[:500]!r}"
    model_name = _success_model_name(op)
    if model_name is None:
        return
    assert _norm(type(response.parsed).__name__) == _norm(model_name), type(response.parsed)
    pydantic_models = importlib.import_module(f"{module.__name__}.pydantic_models")
    pydantic_model = {_norm(n): getattr(pydantic_models, n) for n in dir(pydantic_models)}[_norm(model_name)]
    pydantic_model.model_validate_json(response.content)


def endpoint_module(op: Operation) -> types.ModuleType:
    """The generated module of `op` (the generator appends `_` to tags that are Python keywords)."""
    try:
        return importlib.import_module(f"{op.api}_api.api.{op.tag}.{op.operation_id}")
    except ModuleNotFoundError:
        return importlib.import_module(f"{op.api}_api.api.{op.tag}_.{op.operation_id}")


def _client(op: Operation, base_url: str) -> Any:
    client_module = importlib.import_module(f"{op.api}_api.client")
    return client_module.AuthenticatedClient(
        base_url=base_url, token="contract-test-token", prefix=AUTH_PREFIX[op.api], timeout=httpx.Timeout(30.0)
    )


@pytest.mark.parametrize("op", all_operations(), ids=lambda op: op.id)
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_operation_against_prism(op: Operation, mode: str, prism: Any) -> None:
    package = importlib.import_module(f"{op.api}_api")
    types_module = importlib.import_module(f"{op.api}_api.types")
    endpoint = endpoint_module(op)
    client = _client(op, prism.url(op.api))
    if mode == "sync":
        kwargs = _call_kwargs(op, endpoint.sync_detailed, types_module)
        with client:
            response = endpoint.sync_detailed(client=client, **kwargs)
    else:
        kwargs = _call_kwargs(op, endpoint.asyncio_detailed, types_module)

        async def call() -> Any:
            async with client:
                return await endpoint.asyncio_detailed(client=client, **kwargs)

        response = asyncio.run(call())
    _check(op, response, package)
