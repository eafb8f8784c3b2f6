"""Bearer auth, OAuth grants and the sandbox's own errors, in Monzo's wire format and the spec's."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from monzoh.testing import MonzoSandbox

from ._openapi import SpecChecker


def _token(monzo: MonzoSandbox, **form: str) -> httpx.Response:
    return httpx.post(
        f"{monzo.url}/oauth2/token", data={"client_id": monzo.client_id, "client_secret": monzo.client_secret, **form}
    )


def _whoami(monzo: MonzoSandbox, token: str | None) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
    return httpx.get(f"{monzo.url}/ping/whoami", headers=headers)


@pytest.mark.parametrize(
    ("headers", "code"),
    [
        ({}, "unauthorized.bad_access_token"),
        ({"Authorization": "Bearer not-a-token"}, "unauthorized.bad_access_token"),
        ({"Authorization": "Basic dXNlcjpwdw=="}, "unauthorized.bad_access_token"),
    ],
)
def test_missing_or_wrong_token_gets_the_real_401(
    monzo: MonzoSandbox, monzo_spec: SpecChecker, headers: dict[str, str], code: str
) -> None:
    response = httpx.get(f"{monzo.url}/accounts", headers=headers)
    body = response.json()
    assert response.status_code == 401
    assert body["code"] == code and body["error"] == "invalid_token" and body["message"]
    monzo_spec.check_response(response)


def test_expired_token(monzo: MonzoSandbox, monzo_spec: SpecChecker) -> None:
    response = _whoami(monzo, monzo.mint_expired_token())
    assert (response.status_code, response.json()["code"]) == (401, "unauthorized.bad_access_token.expired")
    monzo_spec.check(response)


def test_unapproved_token_is_forbidden_until_approved_in_the_app(monzo: MonzoSandbox, monzo_spec: SpecChecker) -> None:
    token = monzo.mint_access_token(approved=False)
    headers = {"Authorization": f"Bearer {token}"}
    response = httpx.get(f"{monzo.url}/accounts", headers=headers)
    assert (response.status_code, response.json()["code"]) == (403, "forbidden.insufficient_permissions")
    monzo_spec.check(response)
    assert _whoami(monzo, token).status_code == 200
    monzo.approve(token)
    assert httpx.get(f"{monzo.url}/accounts", headers=headers).status_code == 200


def test_authorization_code_grant_evicts_the_old_token(monzo: MonzoSandbox, monzo_spec: SpecChecker) -> None:
    old = monzo.access_token
    code = monzo.mint_authorization_code()
    response = _token(monzo, grant_type="authorization_code", redirect_uri=monzo.redirect_uri, code=code)
    monzo_spec.check(response)
    token = response.json()
    assert token["expires_in"] == 21600 and token["token_type"] == "Bearer" and token["user_id"] == monzo.user_id
    assert _whoami(monzo, token["access_token"]).status_code == 200
    assert monzo.access_token == token["access_token"]
    evicted = _whoami(monzo, old)
    assert (evicted.status_code, evicted.json()["code"]) == (401, "unauthorized.bad_access_token.evicted")
    again = _token(monzo, grant_type="authorization_code", redirect_uri=monzo.redirect_uri, code=code)
    assert (again.status_code, again.json()["code"]) == (400, "bad_request.authorization_code.invalid")
    monzo_spec.check(again)


@pytest.mark.parametrize(
    ("form", "status", "code"),
    [
        ({"redirect_uri": "http://localhost:9999/other"}, 400, "bad_request.bad_param.redirect_uri"),
        ({"client_secret": "mnzconf.wrong"}, 400, "bad_request.could_not_authenticate"),
        ({"code": "made-up"}, 400, "bad_request.authorization_code.invalid"),
        ({"grant_type": "password"}, 400, "bad_request.bad_param.grant_type"),
    ],
)
def test_bad_code_exchanges(monzo: MonzoSandbox, form: dict[str, str], status: int, code: str) -> None:
    base = {
        "grant_type": "authorization_code",
        "redirect_uri": monzo.redirect_uri,
        "code": monzo.mint_authorization_code(),
    }
    response = _token(monzo, **{**base, **form})
    assert (response.status_code, response.json()["code"]) == (status, code)


def test_refresh_rotates_the_refresh_token_and_invalidates_the_old_access_token(
    monzo: MonzoSandbox, monzo_spec: SpecChecker
) -> None:
    old_access, old_refresh = monzo.access_token, monzo.refresh_token
    response = _token(monzo, grant_type="refresh_token", refresh_token=old_refresh)
    monzo_spec.check(response)
    new = response.json()
    assert new["refresh_token"] != old_refresh and new["access_token"] != old_access
    assert monzo.access_token == new["access_token"] and monzo.refresh_token == new["refresh_token"]
    assert _whoami(monzo, new["access_token"]).status_code == 200
    assert _whoami(monzo, old_access).json()["code"] == "unauthorized.bad_access_token.evicted"
    reused = _token(monzo, grant_type="refresh_token", refresh_token=old_refresh)
    assert (reused.status_code, reused.json()["code"]) == (401, "unauthorized.bad_refresh_token.evicted")
    assert reused.json()["error"] == "invalid_grant"
    monzo_spec.check(reused)
    assert _token(monzo, grant_type="refresh_token", refresh_token=new["refresh_token"]).status_code == 200


def test_logout_revokes_the_token_and_its_refresh_token(monzo: MonzoSandbox, monzo_spec: SpecChecker) -> None:
    access, refresh = monzo.access_token, monzo.refresh_token
    response = httpx.post(f"{monzo.url}/oauth2/logout", headers={"Authorization": f"Bearer {access}"})
    assert response.json() == {}
    assert _whoami(monzo, access).status_code == 401
    after = _token(monzo, grant_type="refresh_token", refresh_token=refresh)
    assert after.status_code == 401
    monzo_spec.check(after)
    with pytest.raises(RuntimeError, match="no live access token"):
        _ = monzo.access_token


def test_browser_step_redirects_back_with_code_and_state(monzo: MonzoSandbox) -> None:
    params = {"client_id": monzo.client_id, "redirect_uri": monzo.redirect_uri, "response_type": "code", "state": "xyz"}
    response = httpx.get(monzo.authorize_url, params=params)
    assert response.status_code == 302
    location = urlsplit(response.headers["location"])
    query = parse_qs(location.query)
    assert f"{location.scheme}://{location.netloc}{location.path}" == monzo.redirect_uri and query["state"] == ["xyz"]
    exchanged = _token(monzo, grant_type="authorization_code", redirect_uri=monzo.redirect_uri, code=query["code"][0])
    assert exchanged.status_code == 200


# -- the sandbox's own errors, held against the spec ------------------------------------------
def test_unknown_path_is_no_handler(monzo: MonzoSandbox, http: httpx.Client, monzo_spec: SpecChecker) -> None:
    response = http.get("/authorize")
    assert response.status_code == 404
    assert response.json() == {
        "code": "not_found.no_handler",
        "message": "No handler for GET /authorize",
        "retryable": {},
        "marshal_count": 2,
        "unexpected": {},
    }
    monzo_spec.check_response(response, as_request=http.build_request("GET", "/ping/whoami"))


@pytest.mark.parametrize(("method", "path"), [("DELETE", "/accounts"), ("POST", "/balance"), ("GET", "/oauth2/token")])
def test_wrong_method_is_405(http: httpx.Client, monzo_spec: SpecChecker, method: str, path: str) -> None:
    response = http.request(method, path)
    assert (response.status_code, response.json()["code"]) == (405, "method_not_allowed")
    monzo_spec.check_response(response, as_request=http.build_request("GET", "/ping/whoami"))


def test_accept_header_without_json_is_406(monzo: MonzoSandbox, http: httpx.Client, monzo_spec: SpecChecker) -> None:
    response = http.get("/ping/whoami", headers={"Accept": "text/html"})
    assert (response.status_code, response.json()["code"]) == (406, "not_acceptable")
    monzo_spec.check_response(response)
    assert http.get("/ping/whoami", headers={"Accept": "application/json, text/plain, */*"}).status_code == 200


@pytest.mark.parametrize(
    ("request_args", "status"),
    [
        ({"method": "GET", "url": "/transactions", "params": {"limit": 500}}, 400),
        ({"method": "GET", "url": "/transactions/tx_00009unknown"}, 404),
        (
            {
                "method": "PUT",
                "url": "/pots/pot_00009nope/deposit",
                "data": {"source_account_id": "a", "amount": "1", "dedupe_id": "d"},
            },
            404,
        ),
        ({"method": "DELETE", "url": "/webhooks/webhook_00009nope"}, 404),
        ({"method": "GET", "url": "/transaction-receipts", "params": {"external_id": "nope"}}, 404),
    ],
)
def test_error_bodies_match_the_spec(
    http: httpx.Client, monzo: MonzoSandbox, monzo_spec: SpecChecker, request_args: dict[str, object], status: int
) -> None:
    args = dict(request_args)
    if args["url"] == "/transactions":
        args["params"] = {**args["params"], "account_id": monzo.state.current_account_id}  # type: ignore[dict-item]
    response = http.request(**args)  # type: ignore[arg-type]
    assert response.status_code == status, response.text
    monzo_spec.check_response(response)
