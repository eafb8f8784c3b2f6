"""One pair of specs per rule: the kinds and severities the checker reports (JSON report entries)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from tools.spec_diff import BREAKING, NON_BREAKING, SPEC_KINDS, diff_specs
from tools.spec_diff.report import to_json, to_markdown

from .builders import base_spec, changed, diff, found, ref, schemas

B, NB = BREAKING, NON_BREAKING
LIST = "GET /accounts"
GET_ONE = "GET /accounts/{account_id}"
DEPOSIT = "PUT /pots/{pot_id}/deposit"
UPLOAD = "POST /attachment/upload"
RECEIPT = "PUT /transaction-receipts"
WEBHOOK = "WEBHOOK POST transaction_created"
TOKEN = "POST /oauth2/token"


def op(spec: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    result: dict[str, Any] = spec["paths"][path][method]
    return result


def params(spec: dict[str, Any]) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = op(spec, "/accounts", "get")["parameters"]
    return result


def param(spec: dict[str, Any], name: str) -> dict[str, Any]:
    return next(p for p in params(spec) if p.get("name") == name)


def props(spec: dict[str, Any], schema: str) -> dict[str, Any]:
    result: dict[str, Any] = schemas(spec)[schema]["properties"]
    return result


def receipt_item(spec: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = props(spec, "Receipt")["items"]["items"]
    return result


Mutation = Callable[[dict[str, Any]], Any]
CASES: list[tuple[str, Mutation, set[tuple[str, str, str | None]]]] = [
    # operations
    ("operation_removed", lambda s: s["paths"].pop("/transaction-receipts"), {("operation_removed", B, RECEIPT)}),
    (
        "operation_added",
        lambda s: s["paths"]["/accounts"].update(
            post={"operationId": "open_account", "tags": ["accounts"], "responses": {"201": {"description": "ok"}}}
        ),
        {("operation_added", NB, "POST /accounts")},
    ),
    (
        "path_changed",
        lambda s: s["paths"].update({"/receipts": s["paths"].pop("/transaction-receipts")}),
        {("operation_removed", B, RECEIPT), ("operation_added", NB, "PUT /receipts")},
    ),
    (
        "operation_id_changed",
        lambda s: op(s, "/accounts", "get").update(operationId="get_accounts"),
        {("operation_id_changed", B, LIST)},
    ),
    (
        "operation_tag_changed",
        lambda s: op(s, "/accounts", "get").update(tags=["banking"]),
        {("operation_tag_changed", B, LIST)},
    ),
    (
        "operation_deprecated",
        lambda s: op(s, "/accounts", "get").update(deprecated=True),
        {("operation_deprecated", NB, LIST)},
    ),
    # parameters
    (
        "required_parameter_added",
        lambda s: params(s).append({"name": "region", "in": "query", "required": True, "schema": {"type": "string"}}),
        {("required_parameter_added", B, LIST)},
    ),
    (
        "optional_parameter_added",
        lambda s: params(s).append({"name": "since", "in": "query", "schema": {"type": "string"}}),
        {("parameter_added", NB, LIST)},
    ),
    ("parameter_removed", lambda s: params(s).pop(0), {("parameter_removed", B, LIST)}),
    (
        "parameter_became_required",
        lambda s: param(s, "limit").update(required=True),
        {("parameter_became_required", B, LIST)},
    ),
    (
        "parameter_location_changed",
        lambda s: param(s, "limit").update({"in": "header"}),
        {("parameter_location_changed", B, LIST)},
    ),
    (
        "parameter_style_changed",
        lambda s: param(s, "expand[]").update(explode=False),
        {("parameter_style_changed", B, LIST)},
    ),
    (
        "parameter_type_narrowed",
        lambda s: param(s, "expand[]")["schema"]["items"].update(type="integer"),
        {("parameter_field_type_changed", B, LIST)},
    ),
    (
        "parameter_type_widened",
        lambda s: param(s, "limit")["schema"].update(type="number"),
        {("parameter_type_changed", NB, LIST)},
    ),
    (
        "parameter_format_added",
        lambda s: param(s, "limit")["schema"].update(format="int32"),
        {("parameter_format_changed", B, LIST)},
    ),
    (
        "parameter_constraint_narrowed",
        lambda s: param(s, "limit")["schema"].update(maximum=50),
        {("constraint_narrowed", B, LIST)},
    ),
    (
        "parameter_constraint_widened",
        lambda s: param(s, "limit")["schema"].pop("maximum"),
        {("constraint_widened", NB, LIST)},
    ),
    (
        "default_changed",
        lambda s: param(s, "limit")["schema"].update(default=50),
        {("default_changed", B, LIST)},
    ),
    # form body (application/x-www-form-urlencoded, flat bracket keys)
    (
        "form_required_field_added",
        lambda s: (
            props(s, "DepositRequest").update({"params[title]": {"type": "string"}}),
            schemas(s)["DepositRequest"]["required"].append("params[title]"),
        ),
        {("required_request_field_added", B, DEPOSIT)},
    ),
    (
        "form_optional_field_added",
        lambda s: props(s, "DepositRequest").update({"metadata[tag]": {"type": "string"}}),
        {("request_field_added", NB, DEPOSIT)},
    ),
    (
        "form_field_removed",
        lambda s: props(s, "DepositRequest").pop("metadata[notes]"),
        {("request_field_removed", B, DEPOSIT)},
    ),
    (
        "form_field_became_required",
        lambda s: schemas(s)["DepositRequest"]["required"].append("metadata[notes]"),
        {("request_field_became_required", B, DEPOSIT)},
    ),
    (
        "form_field_became_optional",
        lambda s: schemas(s)["DepositRequest"]["required"].remove("dedupe_id"),
        {("request_field_became_optional", NB, DEPOSIT)},
    ),
    (
        "form_field_type_narrowed",
        lambda s: props(s, "DepositRequest")["amount"].update(type="string"),
        {("request_field_type_changed", B, DEPOSIT)},
    ),
    (
        "form_additional_properties_type_changed",
        lambda s: schemas(s)["DepositRequest"].update(additionalProperties={"type": "integer"}),
        {("request_field_type_changed", B, DEPOSIT)},
    ),
    (
        "request_constraint_narrowed",
        lambda s: props(s, "DepositRequest")["dedupe_id"].update(maxLength=32),
        {("constraint_narrowed", B, DEPOSIT)},
    ),
    (
        "request_constraint_widened",
        lambda s: props(s, "DepositRequest")["amount"].update(minimum=0),
        {("constraint_widened", NB, DEPOSIT)},
    ),
    # multipart body
    (
        "multipart_enum_value_removed",
        lambda s: props(s, "UploadRequest")["file_type"]["enum"].remove("image/jpeg"),
        {("enum_value_removed", B, UPLOAD)},
    ),
    (
        "multipart_enum_value_added",
        lambda s: props(s, "UploadRequest")["file_type"]["enum"].append("image/gif"),
        {("enum_value_added", NB, UPLOAD)},
    ),
    (
        "multipart_field_removed",
        lambda s: props(s, "UploadRequest").pop("file_name"),
        {("request_field_removed", B, UPLOAD)},
    ),
    (
        "multipart_required_field_added",
        lambda s: (
            props(s, "UploadRequest").update(account_id={"type": "string"}),
            schemas(s)["UploadRequest"]["required"].append("account_id"),
        ),
        {("required_request_field_added", B, UPLOAD)},
    ),
    (
        "request_enum_restriction_added",
        lambda s: props(s, "UploadRequest")["file_name"].update(enum=["a.png"]),
        {("enum_restriction_added", B, UPLOAD)},
    ),
    # content types and bodies
    (
        "request_content_type_removed",
        lambda s: op(s, "/attachment/upload", "post")["requestBody"].update(
            content={"application/json": {"schema": ref("UploadRequest")}}
        ),
        {("request_content_type_removed", B, UPLOAD), ("request_content_type_added", NB, UPLOAD)},
    ),
    (
        "request_content_type_added",
        lambda s: op(s, "/transaction-receipts", "put")["requestBody"]["content"].update(
            {"application/x-www-form-urlencoded": {"schema": ref("Receipt")}}
        ),
        {("request_content_type_added", NB, RECEIPT)},
    ),
    (
        "request_body_removed",
        lambda s: op(s, "/transaction-receipts", "put").pop("requestBody"),
        {("request_body_removed", B, RECEIPT)},
    ),
    (
        "required_request_body_added",
        lambda s: op(s, "/accounts/{account_id}", "get").update(
            requestBody={"required": True, "content": {"application/json": {"schema": ref("Empty")}}}
        ),
        {("required_request_body_added", B, GET_ONE)},
    ),
    (
        "request_body_became_optional",
        lambda s: op(s, "/transaction-receipts", "put")["requestBody"].update(required=False),
        {("request_body_became_optional", NB, RECEIPT)},
    ),
    # nested JSON request body (array of objects)
    (
        "nested_request_field_type_changed",
        lambda s: receipt_item(s)["properties"]["quantity"].update(type="string"),
        {("request_field_type_changed", B, RECEIPT)},
    ),
    (
        "nested_request_field_widened",
        lambda s: receipt_item(s)["properties"]["amount"].update(type="number"),
        {("request_field_type_changed", NB, RECEIPT)},
    ),
    (
        "request_field_became_non_nullable",
        lambda s: receipt_item(s)["properties"]["unit"].update(type="string"),
        {("request_field_became_non_nullable", B, RECEIPT)},
    ),
    (
        "request_field_became_nullable",
        lambda s: receipt_item(s)["properties"]["description"].update(type=["string", "null"]),
        {("request_field_became_nullable", NB, RECEIPT)},
    ),
    # responses
    (
        "response_field_added",
        lambda s: props(s, "Pot").update(round_up={"type": "boolean"}),
        {("response_field_added", NB, DEPOSIT)},
    ),
    (
        "response_field_removed",
        lambda s: props(s, "Pot").pop("goal_amount"),
        {("response_field_removed", B, DEPOSIT)},
    ),
    (
        "response_field_became_nullable",
        lambda s: props(s, "Pot").update(balance={"type": ["integer", "null"]}),
        {("response_field_became_nullable", B, DEPOSIT)},
    ),
    (
        "response_ref_became_nullable_via_anyof",
        lambda s: props(s, "Account").update(type={"anyOf": [ref("AccountType"), {"type": "null"}]}),
        {
            ("response_field_became_nullable", B, LIST),
            ("response_field_became_nullable", B, GET_ONE),
            # the webhook payload is received by the client: a null it does not expect breaks it too
            ("request_field_became_nullable", B, WEBHOOK),
        },
    ),
    (
        "response_field_became_non_nullable",
        lambda s: props(s, "Pot").update(goal_amount={"type": "integer"}),
        {("response_field_became_non_nullable", NB, DEPOSIT)},
    ),
    (
        "response_field_became_optional",
        lambda s: schemas(s)["Pot"]["required"].remove("balance"),
        {("response_field_became_optional", B, DEPOSIT)},
    ),
    (
        "response_field_became_required",
        lambda s: schemas(s)["Pot"]["required"].append("goal_amount"),
        {("response_field_became_required", NB, DEPOSIT)},
    ),
    (
        "response_field_type_widened",
        lambda s: props(s, "Pot")["balance"].update(type="number"),
        {("response_field_type_changed", B, DEPOSIT)},
    ),
    (
        "response_field_type_narrowed",
        lambda s: props(s, "Pot")["balance"].update(enum=[0]),
        {("enum_restriction_added", NB, DEPOSIT)},
    ),
    (
        "response_format_removed",
        lambda s: props(s, "Upload")["file_url"].pop("format"),
        {("response_field_format_changed", B, UPLOAD)},
    ),
    (
        "response_format_added",
        lambda s: props(s, "Pot")["id"].update(format="uuid"),
        {("response_field_format_changed", NB, DEPOSIT)},
    ),
    (
        "response_enum_value_added",
        lambda s: schemas(s)["AccountType"]["enum"].append("uk_business"),
        # the same schema is a query parameter of GET /accounts: an added request value is fine too
        {("enum_value_added", NB, LIST), ("enum_value_added", NB, GET_ONE), ("enum_value_added", NB, WEBHOOK)},
    ),
    (
        "response_enum_value_removed_only_in_response",
        lambda s: (
            schemas(s).update(ParamType=base_spec()["components"]["schemas"]["AccountType"]),
            param(s, "account_type").update(schema=ref("ParamType")),
            schemas(s)["AccountType"]["enum"].remove("uk_retail_joint"),
        ),
        {
            ("enum_value_removed", NB, LIST),
            ("enum_value_removed", NB, GET_ONE),
            ("enum_value_removed", NB, WEBHOOK),
            ("schema_added", NB, None),
        },
    ),
    (
        "shared_enum_value_removed_request_and_response",
        lambda s: schemas(s)["AccountType"]["enum"].remove("uk_retail_joint"),
        {
            ("enum_value_removed", B, LIST),  # the query parameter: the old client may send it
            ("enum_value_removed", NB, LIST),  # the response field: open enums, nothing breaks
            ("enum_value_removed", NB, GET_ONE),
            ("enum_value_removed", NB, WEBHOOK),
        },
    ),
    (
        "success_status_removed",
        lambda s: op(s, "/pots/{pot_id}/deposit", "put")["responses"].update(
            {"201": op(s, "/pots/{pot_id}/deposit", "put")["responses"].pop("200")}
        ),
        {("response_status_removed", B, DEPOSIT), ("response_status_added", NB, DEPOSIT)},
    ),
    (
        "error_status_removed",
        lambda s: op(s, "/pots/{pot_id}/deposit", "put")["responses"].pop("404"),
        {("response_status_removed", NB, DEPOSIT)},
    ),
    (
        "error_status_added",
        lambda s: op(s, "/pots/{pot_id}/deposit", "put")["responses"].update(
            {"429": {"$ref": "#/components/responses/Unauthorized"}}
        ),
        {("response_status_added", NB, DEPOSIT)},
    ),
    (
        "response_content_type_removed",
        lambda s: op(s, "/accounts", "get")["responses"]["200"].update(
            content={"text/csv": {"schema": {"type": "string"}}}
        ),
        {("response_content_type_removed", B, LIST), ("response_content_type_added", NB, LIST)},
    ),
    (
        "response_header_removed",
        lambda s: s["components"]["responses"]["NotFound"].pop("headers"),
        {("response_header_removed", B, op_) for op_ in (LIST, GET_ONE, DEPOSIT, UPLOAD, RECEIPT)},
    ),
    # security
    (
        "security_alternative_added",
        lambda s: s.update(security=[{"bearerAuth": []}, {"apiKey": []}]),
        {("security_requirement_added", NB, o) for o in (LIST, GET_ONE, DEPOSIT, UPLOAD, RECEIPT)},
    ),
    (
        "security_requirement_replaced",
        lambda s: op(s, "/accounts", "get").update(security=[{"apiKey": []}]),
        {("security_requirement_removed", B, LIST), ("security_requirement_added", NB, LIST)},
    ),
    (
        "security_made_anonymous",
        lambda s: op(s, "/accounts", "get").update(security=[]),
        {("security_requirement_removed", NB, LIST), ("security_requirement_added", NB, LIST)},
    ),
    (
        "security_scope_added",
        lambda s: op(s, "/accounts", "get").update(security=[{"bearerAuth": ["accounts:read"]}]),
        {("security_requirement_removed", B, LIST), ("security_requirement_added", NB, LIST)},
    ),
    (
        "security_scheme_changed",
        lambda s: s["components"]["securitySchemes"].update(
            bearerAuth={"type": "apiKey", "in": "query", "name": "token"}
        ),
        {("security_scheme_changed", B, o) for o in (LIST, GET_ONE, DEPOSIT, UPLOAD, RECEIPT)},
    ),
    # oneOf of object variants (a form body per grant type), compared variant by variant
    (
        "variant_required_field_added",
        lambda s: (
            props(s, "RefreshGrant").update(scope={"type": "string"}),
            schemas(s)["RefreshGrant"]["required"].append("scope"),
        ),
        {("required_request_field_added", B, TOKEN)},
    ),
    (
        "request_variant_removed",
        lambda s: schemas(s)["TokenRequest"]["oneOf"].pop(),
        {("schema_variant_removed", B, TOKEN)},
    ),
    (
        "request_variant_added",
        lambda s: (
            schemas(s).update(PasswordGrant={"type": "object", "properties": {"password": {"type": "string"}}}),
            schemas(s)["TokenRequest"]["oneOf"].append(ref("PasswordGrant")),
        ),
        {("schema_variant_added", NB, TOKEN), ("schema_added", NB, None)},
    ),
    (
        "response_variant_field_removed",
        lambda s: schemas(s)["Token"]["oneOf"][1]["properties"].pop("error"),
        {("response_field_removed", B, TOKEN)},
    ),
    (
        "request_variant_const_changed",
        lambda s: props(s, "CodeGrant")["grant_type"].update(const="code"),
        {("enum_value_removed", B, TOKEN), ("enum_value_added", NB, TOKEN)},
    ),
    # webhooks: the API sends the payload, the client parses it
    (
        "webhook_payload_field_removed",
        lambda s: props(s, "TransactionEvent").pop("type"),
        {("request_field_removed", B, WEBHOOK)},
    ),
    (
        "webhook_payload_required_field_added",
        lambda s: (
            props(s, "TransactionEvent").update(sent_at={"type": "string"}),
            schemas(s)["TransactionEvent"]["required"].append("sent_at"),
        ),
        {("request_field_added", NB, WEBHOOK)},
    ),
    # named schemas
    (
        "unused_schema_field_removed",
        lambda s: props(s, "WebhookPing").pop("sent"),
        {("schema_field_removed", B, None)},
    ),
    ("schema_removed", lambda s: schemas(s).pop("WebhookPing"), {("schema_removed", B, None)}),
    (
        "schema_added",
        lambda s: schemas(s).update(Merchant={"type": "object"}),
        {("schema_added", NB, None)},
    ),
]


@pytest.mark.parametrize(("mutate", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_rule(mutate: Mutation, expected: set[tuple[str, str, str | None]]) -> None:
    changes = diff(mutate)
    assert found(changes) == expected, [c.to_dict() for c in changes]
    for c in changes:
        assert c.kind in SPEC_KINDS
        assert c.location.startswith("/"), c.to_dict()
        assert c.message


def test_no_change() -> None:
    assert diff_specs(base_spec(), base_spec(), "bank") == []


def test_shared_schema_field_removed_reported_at_every_operation() -> None:
    """Account is used by GET /accounts (in a list), GET /accounts/{id} and the webhook payload."""
    changes = diff(lambda s: props(s, "Account").pop("closed"))
    removed = [c for c in changes if c.kind.endswith("_field_removed")]
    assert {(c.operation, c.severity, c.field) for c in removed} == {
        (LIST, B, "accounts[].closed"),
        (GET_ONE, B, "closed"),
        (WEBHOOK, B, "data.closed"),
    }
    assert {c.location for c in removed} == {"/components/schemas/Account/properties/closed"}


def test_shared_error_schema_merges_routes_per_operation() -> None:
    """Error is reached through 401 and 404 of every operation: one finding per operation, both routes named."""
    changes = diff(lambda s: props(s, "Error").pop("message"))
    assert {(c.kind, c.operation) for c in changes} == {
        ("response_field_removed", o) for o in (LIST, GET_ONE, DEPOSIT, UPLOAD, RECEIPT)
    }
    first = changes[0].to_dict()
    assert "response 401 application/json" in first["message"]
    assert "response 404 application/json" in first["message"]


def test_recursive_schema_terminates_and_still_reports() -> None:
    """Account.parent is an Account (nullable ref): the walk stops at the cycle but sees the change."""
    changes = diff(lambda s: props(s, "Owner").pop("preferred_name"))
    assert {(c.operation, c.field) for c in changes if c.kind == "response_field_removed"} == {
        (LIST, "accounts[].owners[].preferred_name"),
        (GET_ONE, "owners[].preferred_name"),
    }


def test_parameter_from_components_ref() -> None:
    changes = diff(lambda s: s["components"]["parameters"]["PotId"]["schema"].update(type="integer"))
    assert found(changes) == {("parameter_type_changed", B, DEPOSIT)}
    assert changes[0].location == "/components/parameters/PotId/schema"


def test_ref_cycle_in_refs_does_not_hang() -> None:
    old, new = changed(lambda s: schemas(s).update(Loop={"$ref": "#/components/schemas/Loop"}))
    new["components"]["schemas"]["Pot"]["properties"]["loop"] = ref("Loop")
    kinds = found(diff_specs(old, new, "bank"))
    assert ("response_field_added", NB, DEPOSIT) in kinds


def test_header_parameter_names_are_case_insensitive() -> None:
    old, new = changed(lambda s: params(s).append({"name": "X-Trace", "in": "header", "schema": {"type": "string"}}))
    old["paths"]["/accounts"]["get"]["parameters"].append(
        {"name": "x-trace", "in": "header", "schema": {"type": "string"}}
    )
    assert diff_specs(old, new, "bank") == []


def test_nullable_forms_are_equivalent() -> None:
    """`type: [x, "null"]`, `anyOf: [x, null]` and 3.0 `nullable: true` mean the same thing."""
    old, new = changed(lambda s: props(s, "Pot").update(goal_amount={"anyOf": [{"type": "integer"}, {"type": "null"}]}))
    assert diff_specs(old, new, "bank") == []
    old["components"]["schemas"]["Pot"]["properties"]["goal_amount"] = {"type": "integer", "nullable": True}
    assert diff_specs(old, new, "bank") == []


def test_open_empty_string_timestamp_is_not_an_enum() -> None:
    """CONVENTIONS: `anyOf: [date-time, const ""]` is an unrestricted string, not an enum of ""."""
    settled = {"anyOf": [{"type": "string", "format": "date-time"}, {"type": "string", "const": ""}]}
    old, new = changed(lambda s: props(s, "Pot").update(settled=settled))
    old["components"]["schemas"]["Pot"]["properties"]["settled"] = {"type": "string", "format": "date-time"}
    assert found(diff_specs(old, new, "bank")) == set()


def test_json_and_markdown_reports() -> None:
    changes = diff(lambda s: s["paths"].pop("/transaction-receipts"))
    data = json.loads(to_json(changes))
    assert data == [
        {
            "api": "bank",
            "kind": "operation_removed",
            "severity": "breaking",
            "operation": RECEIPT,
            "location": "/paths/~1transaction-receipts/put",
            "message": "operation PUT /transaction-receipts removed",
        }
    ]
    md = to_markdown(changes, ["bank", "other"])
    assert "## bank: 1 breaking, 0 non-breaking" in md
    assert f"### {RECEIPT}" in md
    assert "## other: no change" in md
