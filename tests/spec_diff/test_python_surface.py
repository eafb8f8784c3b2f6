"""The generated-Python-API part: generate both versions, compare them with griffe.

Needs griffe and openapi-python-client (next to the interpreter or on PATH; the nox session
installs both). Skipped, not failed, when either is missing.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml

from tools.spec_diff import BREAKING, NON_BREAKING
from tools.spec_diff.cli import compare_texts
from tools.spec_diff.pysurface import Generator

pytest.importorskip("griffe")
if Generator.find() is None:
    pytest.skip("openapi-python-client is not installed", allow_module_level=True)


def petstore() -> dict[str, Any]:
    pet = {
        "type": "object",
        "required": ["id", "name"],
        "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "tag": {"type": "string"}},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Petstore", "version": "1"},
        "paths": {
            "/pets": {
                "get": {
                    "operationId": "list_pets",
                    "tags": ["pets"],
                    "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer"}}],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PetList"}}},
                        }
                    },
                }
            },
            "/pets/{pet_id}": {
                "get": {
                    "operationId": "get_pet",
                    "tags": ["pets"],
                    "parameters": [{"name": "pet_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}},
                        }
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "Pet": pet,
                "PetList": {
                    "type": "object",
                    "required": ["pets"],
                    "properties": {"pets": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}},
                },
            }
        },
    }


def test_renamed_operation_id_and_removed_field_show_in_the_python_api() -> None:
    old = petstore()
    new = copy.deepcopy(old)
    new["paths"]["/pets"]["get"]["operationId"] = "find_pets"
    del new["components"]["schemas"]["Pet"]["properties"]["tag"]
    new["paths"]["/pets/{pet_id}"]["get"]["parameters"].append(
        {"name": "expand", "in": "query", "required": True, "schema": {"type": "string"}}
    )

    result = compare_texts([("petstore", yaml.safe_dump(old), yaml.safe_dump(new))])
    python = {(c.kind, c.severity, c.python_object) for c in result.changes if c.kind.startswith("python_api_")}
    assert not [n for n in result.notes if "not compared" in n], result.notes

    for fn in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        assert ("python_api_object_removed", BREAKING, f"petstore_api.api.pets.list_pets.{fn}") in python
        assert ("python_api_object_added", NON_BREAKING, f"petstore_api.api.pets.find_pets.{fn}") in python
    assert ("python_api_object_removed", BREAKING, "petstore_api.models.pet.Pet.tag") in python
    assert ("python_api_parameter_added_required", BREAKING, "petstore_api.api.pets.get_pet.sync") in python

    # entries are mapped back to the spec
    removed_sync = next(c for c in result.changes if c.python_object == "petstore_api.api.pets.list_pets.sync")
    assert removed_sync.operation == "GET /pets"
    assert removed_sync.location == "/paths/~1pets/get"
    tag = next(c for c in result.changes if c.python_object == "petstore_api.models.pet.Pet.tag")
    assert tag.location == "/components/schemas/Pet/properties/tag"

    # the spec rules saw the same changes
    spec_kinds = {c.kind for c in result.changes if not c.kind.startswith("python_api_")}
    assert {"operation_id_changed", "response_field_removed", "required_parameter_added"} <= spec_kinds
