"""Every operation of spec/monzo.yaml as a Starlette route speaking Monzo's wire format.

Writes take form bodies (bracketed keys are literal names), `PUT /transaction-receipts` takes
JSON, reads take query strings; errors are `ErrorReply`s rendered as Monzo's JSON error body.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from api_sandbox import parse_form, parse_json

from ._auth import AccessToken, TokenStore
from ._errors import ErrorReply, bad_param
from ._state import MonzoState

__all__ = ["build_routes"]


@dataclass
class IncomingRequest:
    """One request as a route handler sees it: the starlette request, the caller's token and the body."""

    request: Request
    token: AccessToken | None
    body: bytes

    @property
    def query(self) -> QueryParams:
        return self.request.query_params

    @property
    def form(self) -> dict[str, str]:
        return parse_form(self.body)

    def path(self, name: str) -> str:
        return str(self.request.path_params[name])

    def json(self) -> Any:
        try:
            return parse_json(self.body)
        except ValueError:
            raise ErrorReply(400, "bad_request.bad_json", "Request body is not valid JSON") from None


Handler = Callable[[IncomingRequest], Any]
HistoryFloor = Callable[[AccessToken], datetime | None]


def _accepts_json(accept: str) -> bool:
    if not accept:
        return True
    kinds = [part.split(";")[0].strip().lower() for part in accept.split(",")]
    return any(kind in ("*/*", "application/*", "application/json") or kind.endswith("+json") for kind in kinds)


def _endpoint(
    tokens: TokenStore, handler: Handler, *, auth: bool = True, approval: bool = True
) -> Callable[[Request], Awaitable[Response]]:
    async def run(request: Request) -> Response:
        try:
            if not _accepts_json(request.headers.get("accept", "")):
                raise ErrorReply(406, "not_acceptable", "Not acceptable")
            token = tokens.authenticate(request.headers.get("authorization")) if auth else None
            if token is not None and approval:
                tokens.require_approval(token)
            result = handler(IncomingRequest(request, token, await request.body()))
        except ErrorReply as exc:
            return JSONResponse(exc.body(), exc.status)
        return JSONResponse({} if result is None else result)

    return run


def _expand_merchant(call: IncomingRequest) -> bool:
    return "merchant" in call.query.getlist("expand[]")


def _limit(call: IncomingRequest) -> int:
    raw = call.query.get("limit")
    if raw is None or raw == "":
        return 30
    try:
        return int(raw)
    except ValueError:
        raise bad_param("limit", "must be an integer", raw) from None


def build_routes(state: MonzoState, tokens: TokenStore, history_floor: HistoryFloor) -> list[BaseRoute]:
    def route(path: str, method: str, handler: Handler, **options: bool) -> Route:
        return Route(path, _endpoint(tokens, handler, **options), methods=[method])

    def logout(call: IncomingRequest) -> None:
        assert call.token is not None
        tokens.logout(call.token)

    def whoami(call: IncomingRequest) -> dict[str, Any]:
        assert call.token is not None
        return {"authenticated": True, "client_id": call.token.client_id, "user_id": call.token.user_id}

    def list_transactions(call: IncomingRequest) -> dict[str, Any]:
        assert call.token is not None
        page = state.transactions(
            call.query.get("account_id", ""),
            since=call.query.get("since"),
            before=call.query.get("before"),
            limit=_limit(call),
            expand_merchant=_expand_merchant(call),
            history_floor=history_floor(call.token),
        )
        return {"transactions": page}

    def deposit(call: IncomingRequest) -> dict[str, Any]:
        form = call.form
        return state.deposit(
            call.path("pot_id"), form.get("source_account_id", ""), form.get("amount", ""), form.get("dedupe_id", "")
        )

    def withdraw(call: IncomingRequest) -> dict[str, Any]:
        form = call.form
        return state.withdraw(
            call.path("pot_id"),
            form.get("destination_account_id", ""),
            form.get("amount", ""),
            form.get("dedupe_id", ""),
        )

    def upload(call: IncomingRequest) -> dict[str, str]:
        return state.attachments.upload(call.form, str(call.request.base_url))

    return [
        route("/oauth2/token", "POST", lambda call: tokens.exchange(call.form), auth=False),
        route("/oauth2/logout", "POST", logout, approval=False),
        route("/ping/whoami", "GET", whoami, approval=False),
        route("/accounts", "GET", lambda call: {"accounts": state.accounts(call.query.get("account_type"))}),
        route("/balance", "GET", lambda call: state.balance(call.query.get("account_id", ""))),
        route("/pots", "GET", lambda call: {"pots": state.pots(call.query.get("current_account_id", ""))}),
        route("/pots/{pot_id}/deposit", "PUT", deposit),
        route("/pots/{pot_id}/withdraw", "PUT", withdraw),
        route("/transactions", "GET", list_transactions),
        Route(
            "/transactions/{transaction_id}",
            _by_method(
                tokens,
                GET=lambda call: {
                    "transaction": state.transaction(
                        call.path("transaction_id"), expand_merchant=_expand_merchant(call)
                    )
                },
                PATCH=lambda call: {"transaction": state.annotate(call.path("transaction_id"), call.form)},
            ),
            methods=["GET", "PATCH"],
        ),
        route("/feed", "POST", lambda call: state.feed.create(call.form)),
        route("/attachment/upload", "POST", upload),
        route("/attachment/register", "POST", lambda call: {"attachment": state.attachments.register(call.form)}),
        route("/attachment/deregister", "POST", lambda call: state.attachments.deregister(call.form.get("id", ""))),
        Route(
            "/transaction-receipts",
            _by_method(
                tokens,
                PUT=lambda call: state.receipts.put(call.json()),
                GET=lambda call: {"receipt": state.receipts.get(call.query.get("external_id", ""))},
                DELETE=lambda call: state.receipts.delete(call.query.get("external_id", "")),
            ),
            methods=["PUT", "GET", "DELETE"],
        ),
        Route(
            "/webhooks",
            _by_method(
                tokens,
                POST=lambda call: {
                    "webhook": state.webhooks.register(call.form.get("account_id", ""), call.form.get("url", ""))
                },
                GET=lambda call: {"webhooks": state.webhooks.list(call.query.get("account_id", ""))},
            ),
            methods=["POST", "GET"],
        ),
        route("/webhooks/{webhook_id}", "DELETE", lambda call: state.webhooks.delete(call.path("webhook_id"))),
        Route("/_sandbox/uploads/{key:path}", _put_upload(state), methods=["PUT", "POST"]),
        Route("/_sandbox/files/{key:path}", _get_file(state), methods=["GET"]),
    ]


def _by_method(tokens: TokenStore, **handlers: Handler) -> Callable[[Request], Awaitable[Response]]:
    endpoints = {method: _endpoint(tokens, handler) for method, handler in handlers.items()}
    if "GET" in endpoints:
        endpoints["HEAD"] = endpoints["GET"]

    async def run(request: Request) -> Response:
        return await endpoints[request.method](request)

    return run


def _put_upload(state: MonzoState) -> Callable[[Request], Awaitable[Response]]:
    """Stands in for the pre-signed S3 URL: takes the bytes, no bearer token."""

    async def run(request: Request) -> Response:
        data = await request.body()
        state.attachments.store(request.path_params["key"], data, request.headers.get("content-type", ""))
        return Response(status_code=200)

    return run


def _get_file(state: MonzoState) -> Callable[[Request], Awaitable[Response]]:
    async def run(request: Request) -> Response:
        found = state.attachments.files.get(request.path_params["key"])
        if found is None:
            return Response("Not found", status_code=404, media_type="text/plain")
        return Response(found[0], media_type=found[1] or "application/octet-stream")

    return run
