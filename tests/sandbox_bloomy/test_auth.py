"""Bearer auth, the password grant at `POST /Token`, and the sandbox's own errors, as Bloom Growth sends them."""

from __future__ import annotations

import httpx
import pytest

from api_sandbox import Faults
from bloomy import Client, Configuration, LoginError, UnauthorizedError
from bloomy.testing import TOKEN_LIFETIME, BloomSandbox

from ._spec import BloomSpec

DENIED = {"Message": "Authorization has been denied for this request."}


def _login(bloom: BloomSandbox, path: str = "/Token", **form: str) -> httpx.Response:
    fields = {"grant_type": "password", "userName": bloom.username, "password": bloom.password, **form}
    return httpx.post(f"{bloom.host_url}{path}", data=fields)


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer not-a-token"}, {"Authorization": "Basic dXNlcjpwdw=="}, {"Authorization": "Bearer"}],
)
def test_missing_or_wrong_key_gets_the_real_401(
    bloom: BloomSandbox, bloom_spec: BloomSpec, headers: dict[str, str]
) -> None:
    response = httpx.get(f"{bloom.url}/users/mine", headers=headers)
    assert (response.status_code, response.json()) == (401, DENIED)
    assert response.headers["content-type"] == "application/json; charset=utf-8"
    assert response.headers["www-authenticate"] == "Bearer"
    bloom_spec.check_response(response)


def test_expired_and_revoked_keys_get_the_same_401(bloom: BloomSandbox, bloom_spec: BloomSpec) -> None:
    other = bloom.mint_token()
    bloom.expire_token()
    expired = httpx.get(f"{bloom.url}/L10/list", headers=bloom.auth_headers)
    assert (expired.status_code, expired.json()) == (401, DENIED)
    bloom_spec.check(expired)
    assert httpx.get(f"{bloom.url}/L10/list", headers={"Authorization": f"Bearer {other}"}).status_code == 200
    bloom.revoke_token(other)
    assert httpx.get(f"{bloom.url}/L10/list", headers={"Authorization": f"Bearer {other}"}).status_code == 401


def test_password_grant_issues_a_two_week_token(bloom: BloomSandbox, bloom_spec: BloomSpec) -> None:
    response = _login(bloom)
    bloom_spec.check(response)
    token = response.json()
    assert token["token_type"] == "bearer" and token["expires_in"] == TOKEN_LIFETIME == 1209599
    assert token["userName"] == bloom.username == "jane.cooper@acme.example"
    assert token[".issued"].endswith(" GMT") and token[".expires"].endswith(" GMT")
    me = httpx.get(f"{bloom.url}/users/mine", headers={"Authorization": f"bearer {token['access_token']}"})
    assert me.json()["Name"] == "Jane Cooper"
    assert _login(bloom, "/token", userName=bloom.username.upper()).status_code == 200  # any case, path and e-mail


@pytest.mark.parametrize(
    ("form", "body"),
    [
        ({"password": "wrong"}, {"error": "invalid_grant", "error_description": "The user name or password is incorrect."}),
        ({"userName": "nobody@acme.example"}, {"error": "invalid_grant", "error_description": "The user name or password is incorrect."}),
        ({"grant_type": "client_credentials"}, {"error": "unsupported_grant_type"}),
        ({"grant_type": ""}, {"error": "unsupported_grant_type"}),
    ],
)  # fmt: skip
def test_refused_logins(bloom: BloomSandbox, bloom_spec: BloomSpec, form: dict[str, str], body: dict[str, str]) -> None:
    response = _login(bloom, **form)
    assert (response.status_code, response.json()) == (400, body)
    bloom_spec.check_response(response)  # the request itself may break the spec (another grant type)


def test_token_route_only_takes_post(bloom: BloomSandbox) -> None:
    response = httpx.get(f"{bloom.host_url}/Token")
    assert response.status_code == 405 and response.headers["allow"] == "POST"


def test_other_users_tokens_answer_for_them(bloom: BloomSandbox) -> None:
    """`mine` is whoever the token belongs to; another user can log in once given a password."""
    token = bloom.mint_token(345690)
    mine = httpx.get(f"{bloom.url}/users/mine", headers={"Authorization": f"Bearer {token}"}).json()
    assert (mine["Id"], mine["Name"]) == (345690, "Marcus Lee")
    email = bloom.state.set_password(345690, "s3cret")
    login = httpx.post(
        f"{bloom.host_url}/Token", data={"grant_type": "password", "userName": email, "password": "s3cret"}
    )
    headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
    meetings = httpx.get(f"{bloom.url}/L10/list", headers=headers).json()
    assert {m["Name"] for m in meetings} >= {"Leadership Team L10", "Operations L10"}


def test_facade_logs_in_and_uses_the_key(bloom: BloomSandbox) -> None:
    config = Configuration()
    config.configure_api_key(bloom.username, bloom.password, base_url=bloom.url)
    assert config.api_key and config.api_key != bloom.api_key
    with Client(api_key=config.api_key, base_url=bloom.url) as client:
        assert client.user.details().name == "Jane Cooper"
    with pytest.raises(LoginError, match="incorrect"):
        Configuration().configure_api_key(bloom.username, "wrong", base_url=bloom.url)
    with Client(api_key="stale", base_url=bloom.url) as client, pytest.raises(UnauthorizedError) as caught:
        client.user.details()
    assert caught.value.status_code == 401 and caught.value.body == DENIED


def test_unknown_route_and_id(bloom: BloomSandbox, http: httpx.Client, bloom_spec: BloomSpec) -> None:
    """No such route: Web API's 404 quoting the URI (before auth, as routing comes first); no such id: a 404."""
    plural = httpx.get(f"{bloom.url}/todos/users/mine?x=1")
    assert plural.status_code == 404
    uri = "https://app.bloomgrowth.com/api/v1/todos/users/mine?x=1"
    assert plural.json() == {"Message": f"No HTTP resource was found that matches the request URI '{uri}'."}
    assert http.get("todo/abc").status_code == 404
    missing = http.get("todo/1")
    assert missing.status_code == 404 and missing.json()["Message"] == "To-do does not exist."
    bloom_spec.check(missing)


def test_wrong_method_is_405_with_allow(http: httpx.Client) -> None:
    response = http.patch("todo/9876543", json={"title": "x"})
    assert response.status_code == 405 and response.headers["allow"] == "GET, PUT"
    assert response.json() == {"Message": "The requested resource does not support http method 'PATCH'."}


def test_paths_and_names_match_in_any_case(http: httpx.Client, bloom: BloomSandbox) -> None:
    lower = http.get(f"{bloom.host_url}/API/V1/l10/LIST").json()
    assert lower == http.get("L10/list").json() and lower
    everything = http.get("l10/327249/issues", params={"include_resolved": "TRUE"}).json()
    assert len(everything) > len(http.get("L10/327249/issues", params={"INCLUDE_RESOLVED": "false"}).json())
    created = http.post("issues/create", json={"meetingid": 327249, "TITLE": "Keys in any case", "ownerid": 345690})
    assert created.status_code == 200 and created.json()["Owner"]["Id"] == 345690


def test_include_permission_header(http: httpx.Client, bloom_spec: BloomSpec) -> None:
    plain = http.get("L10/327249/todos").json()
    assert all("Permission" not in t for t in plain)
    response = http.get("L10/327249/todos", headers={"Include_Permission": "true"})
    bloom_spec.check(response)
    assert all(t["Permission"] == {"CanEdit": True} for t in response.json())


def test_faults_use_bloom_bodies_and_retry_after(bloom_spec: BloomSpec) -> None:
    bloom = BloomSandbox(faults=Faults(seed=1))
    with bloom:
        bloom.faults.rate_limit_burst(1, retry_after=3, path="/api/v1/users/*")
        bloom.faults.server_errors(times=1, status=503, path="/api/v1/weeks/*")
        bloom.faults.server_errors(times=1, path="/api/v1/weeks/*")
        limited = httpx.get(f"{bloom.url}/users/mine", headers=bloom.auth_headers)
        assert (limited.status_code, limited.headers["retry-after"], limited.json()) == (
            429,
            "3",
            {"Message": "Too many requests."},
        )
        bloom_spec.check(limited)
        unavailable = httpx.get(f"{bloom.url}/weeks/current", headers=bloom.auth_headers)
        failed = httpx.get(f"{bloom.url}/weeks/current", headers=bloom.auth_headers)
        assert (unavailable.status_code, failed.status_code) == (503, 500)
        assert failed.json()["Message"] == "An error has occurred." and failed.json()["ExceptionType"]
        bloom_spec.check(failed)
        assert httpx.get(f"{bloom.url}/weeks/current", headers=bloom.auth_headers).status_code == 200
        assert [r.fault for r in bloom.requests][:3] == ["too_many_requests", "server_error", "server_error"]
