"""A small spec in the style of spec/CONVENTIONS.md, built in code, for the spec_diff tests."""

from __future__ import annotations

import copy
from typing import Any

from tools.spec_diff import Change, diff_specs


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def base_spec() -> dict[str, Any]:
    """Five operations: JSON, form and multipart bodies, a shared schema, shared error responses, a webhook."""
    error_responses = {
        "401": {"$ref": "#/components/responses/Unauthorized"},
        "404": {"$ref": "#/components/responses/NotFound"},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Bank", "version": "1"},
        "security": [{"bearerAuth": []}],
        "paths": {
            "/accounts": {
                "get": {
                    "operationId": "list_accounts",
                    "tags": ["accounts"],
                    "parameters": [
                        {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 100, "default": 30}},
                        {"name": "account_type", "in": "query", "schema": ref("AccountType")},
                        {"name": "expand[]", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": ref("AccountList")}},
                        },
                        **error_responses,
                    },
                }
            },
            "/accounts/{account_id}": {
                "parameters": [{"name": "account_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "get": {
                    "operationId": "get_account",
                    "tags": ["accounts"],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": ref("Account")}},
                        },
                        **error_responses,
                    },
                },
            },
            "/pots/{pot_id}/deposit": {
                "put": {
                    "operationId": "deposit_into_pot",
                    "tags": ["pots"],
                    "parameters": [{"$ref": "#/components/parameters/PotId"}],
                    "requestBody": {
                        "required": True,
                        "content": {"application/x-www-form-urlencoded": {"schema": ref("DepositRequest")}},
                    },
                    "responses": {
                        "200": {"description": "ok", "content": {"application/json": {"schema": ref("Pot")}}},
                        **error_responses,
                    },
                }
            },
            "/attachment/upload": {
                "post": {
                    "operationId": "upload_attachment",
                    "tags": ["attachments"],
                    "requestBody": {
                        "required": True,
                        "content": {"multipart/form-data": {"schema": ref("UploadRequest")}},
                    },
                    "responses": {
                        "200": {"description": "ok", "content": {"application/json": {"schema": ref("Upload")}}},
                        **error_responses,
                    },
                }
            },
            "/oauth2/token": {
                "post": {
                    "operationId": "exchange_token",
                    "tags": ["oauth"],
                    "security": [],
                    "requestBody": {
                        "required": True,
                        "content": {"application/x-www-form-urlencoded": {"schema": ref("TokenRequest")}},
                    },
                    "responses": {
                        "200": {"description": "ok", "content": {"application/json": {"schema": ref("Token")}}}
                    },
                }
            },
            "/transaction-receipts": {
                "put": {
                    "operationId": "create_receipt",
                    "tags": ["receipts"],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": ref("Receipt")}},
                    },
                    "responses": {
                        "200": {"description": "ok", "content": {"application/json": {"schema": ref("Empty")}}},
                        **error_responses,
                    },
                }
            },
        },
        "webhooks": {
            "transaction_created": {
                "post": {
                    "operationId": "transaction_created",
                    "tags": ["webhooks"],
                    "security": [],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": ref("TransactionEvent")}},
                    },
                    "responses": {"200": {"description": "received"}},
                }
            }
        },
        "components": {
            "securitySchemes": {
                "bearerAuth": {"type": "http", "scheme": "bearer"},
                "apiKey": {"type": "apiKey", "in": "header", "name": "X-Key"},
            },
            "parameters": {
                "PotId": {"name": "pot_id", "in": "path", "required": True, "schema": {"type": "string"}},
            },
            "responses": {
                "Unauthorized": {
                    "description": "unauthorized",
                    "content": {"application/json": {"schema": ref("Error")}},
                },
                "NotFound": {
                    "description": "not found",
                    "headers": {"X-Request-Id": {"schema": {"type": "string"}}},
                    "content": {"application/json": {"schema": ref("Error")}},
                },
            },
            "schemas": {
                "Error": {
                    "type": "object",
                    "required": ["code", "message"],
                    "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
                },
                "Empty": {"type": "object"},
                "TokenRequest": {"oneOf": [ref("CodeGrant"), ref("RefreshGrant")]},
                "CodeGrant": {
                    "type": "object",
                    "required": ["grant_type", "code"],
                    "properties": {
                        "grant_type": {"type": "string", "const": "authorization_code"},
                        "code": {"type": "string"},
                    },
                },
                "RefreshGrant": {
                    "type": "object",
                    "required": ["grant_type", "refresh_token"],
                    "properties": {
                        "grant_type": {"type": "string", "const": "refresh_token"},
                        "refresh_token": {"type": "string"},
                    },
                },
                "Token": {
                    "oneOf": [
                        {
                            "type": "object",
                            "required": ["access_token"],
                            "properties": {"access_token": {"type": "string"}},
                        },
                        {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}},
                    ]
                },
                "AccountType": {"type": "string", "enum": ["uk_retail", "uk_retail_joint"]},
                "Owner": {
                    "type": "object",
                    "properties": {"user_id": {"type": "string"}, "preferred_name": {"type": "string"}},
                },
                "Account": {
                    "type": "object",
                    "required": ["id", "created"],
                    "properties": {
                        "id": {"type": "string"},
                        "created": {"type": "string", "format": "date-time"},
                        "closed": {"type": "boolean"},
                        "type": ref("AccountType"),
                        "balance": {"type": "integer", "format": "int64"},
                        "owners": {"type": "array", "items": ref("Owner")},
                        "parent": {"anyOf": [ref("Account"), {"type": "null"}]},
                    },
                },
                "AccountList": {
                    "type": "object",
                    "required": ["accounts"],
                    "properties": {"accounts": {"type": "array", "items": ref("Account")}},
                },
                "DepositRequest": {
                    "type": "object",
                    "required": ["source_account_id", "amount", "dedupe_id"],
                    "properties": {
                        "source_account_id": {"type": "string"},
                        "amount": {"type": "integer", "minimum": 1},
                        "dedupe_id": {"type": "string", "maxLength": 64},
                        "metadata[notes]": {"type": "string"},
                    },
                    "additionalProperties": {"type": "string"},
                },
                "Pot": {
                    "type": "object",
                    "required": ["id", "balance"],
                    "properties": {
                        "id": {"type": "string"},
                        "balance": {"type": "integer"},
                        "goal_amount": {"type": ["integer", "null"]},
                    },
                },
                "UploadRequest": {
                    "type": "object",
                    "required": ["file", "file_type"],
                    "properties": {
                        "file": {"type": "string", "format": "binary"},
                        "file_name": {"type": "string"},
                        "file_type": {"type": "string", "enum": ["image/png", "image/jpeg"]},
                    },
                },
                "Upload": {
                    "type": "object",
                    "properties": {"file_url": {"type": "string", "format": "uri"}},
                },
                "Receipt": {
                    "type": "object",
                    "required": ["transaction_id", "items"],
                    "properties": {
                        "transaction_id": {"type": "string"},
                        "items": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "required": ["description", "amount"],
                                "properties": {
                                    "description": {"type": "string"},
                                    "amount": {"type": "integer"},
                                    "quantity": {"type": "number"},
                                    "unit": {"type": ["string", "null"]},
                                },
                            },
                        },
                    },
                },
                "TransactionEvent": {
                    "type": "object",
                    "required": ["type", "data"],
                    "properties": {"type": {"type": "string"}, "data": ref("Account")},
                },
                "WebhookPing": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {"id": {"type": "string"}, "sent": {"type": "string"}},
                },
            },
        },
    }


def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = spec["components"]["schemas"]
    return result


def changed(mutate: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """(old, new): the base spec and a copy changed by `mutate(spec)`."""
    old = base_spec()
    new = copy.deepcopy(old)
    mutate(new)
    return old, new


def diff(mutate: Any) -> list[Change]:
    old, new = changed(mutate)
    return diff_specs(old, new, "bank")


def found(changes: list[Change]) -> set[tuple[str, str, str | None]]:
    return {(c.kind, c.severity, c.operation) for c in changes}
