"""Authentication, permissions and transport errors, with RapidPro's (DRF's) exact bodies."""

from __future__ import annotations

import base64

import httpx
import pytest

from rapidpro.testing import RapidProSandbox

from .conftest import RapidProSpec


@pytest.mark.parametrize(
    ("header", "detail"),
    [
        (None, "Authentication credentials were not provided."),
        ("Token 0000000000000000000000000000000000000000", "Invalid token"),
        ("Token", "Invalid token header. No credentials provided."),
        ("Token abc def", "Invalid token header. Token string should not contain spaces."),
        ("Bearer abc", "Authentication credentials were not provided."),
        ("Basic " + base64.b64encode(b"nobody@example.com:abc").decode(), "Invalid token or email"),
    ],
)
def test_bad_credentials_get_403_with_the_real_detail(
    header: str | None, detail: str, rapidpro: RapidProSandbox, spec: RapidProSpec
) -> None:
    headers = {"Authorization": header} if header else {}
    response = httpx.get(f"{rapidpro.url}/contacts.json", headers=headers)
    assert response.status_code == 403 and response.json() == {"detail": detail}
    assert "X-Temba-Workspace" not in response.headers
    spec.check_response(response)


def test_basic_auth_revoked_and_minted_tokens(rapidpro: RapidProSandbox) -> None:
    admin = rapidpro.user("administrator")
    basic = base64.b64encode(f"{admin.email}:{admin.token}".encode()).decode()
    assert httpx.get(f"{rapidpro.url}/workspace.json", headers={"Authorization": f"Basic {basic}"}).status_code == 200
    minted = rapidpro.mint_token("editor")
    assert len(minted) == 40
    assert httpx.get(f"{rapidpro.url}/flows.json", headers={"Authorization": f"Token {minted}"}).status_code == 200
    rapidpro.revoke(minted)
    revoked = httpx.get(f"{rapidpro.url}/flows.json", headers={"Authorization": f"Token {minted}"})
    assert revoked.status_code == 403 and revoked.json() == {"detail": "Invalid token"}


def test_agents_may_only_read_workspace_and_users(rapidpro: RapidProSandbox) -> None:
    headers = {"Authorization": f"Token {rapidpro.agent_token}"}
    for endpoint in ("workspace", "org", "users"):
        assert httpx.get(f"{rapidpro.url}/{endpoint}.json", headers=headers).status_code == 200
    denied = httpx.get(f"{rapidpro.url}/contacts.json", headers=headers)
    assert denied.status_code == 403
    assert denied.json() == {"detail": "You do not have permission to perform this action."}


def test_method_not_allowed_comes_after_authentication(rapidpro: RapidProSandbox, http: httpx.Client) -> None:
    response = http.put("contacts.json", json={})
    assert response.status_code == 405 and response.json() == {"detail": 'Method "PUT" not allowed.'}
    assert response.headers["Allow"] == "GET, POST, DELETE, OPTIONS"
    assert http.delete("flows.json").json() == {"detail": 'Method "DELETE" not allowed.'}
    assert httpx.put(f"{rapidpro.url}/contacts.json").status_code == 403, "no token: 403 before 405"
    options = http.options("contacts.json")
    assert options.status_code == 200 and options.json()["parses"] == ["application/json"]


def test_workspace_header_and_the_root(rapidpro: RapidProSandbox, http: httpx.Client, spec: RapidProSpec) -> None:
    workspace = rapidpro.state.world.workspace.uuid
    assert http.get("fields.json").headers["X-Temba-Workspace"] == workspace
    assert http.post("groups.json", json={}).headers["X-Temba-Workspace"] == workspace
    for path in ("/api/v2.json", "/api/v2/.json"):
        root = httpx.get(rapidpro.root_url + path)
        assert root.status_code == 200 and root.json()["contacts"] == f"{rapidpro.root_url}/api/v2/contacts"
        assert "definitions" not in root.json() and len(root.json()) == 25
    spec.check_response(httpx.get(f"{rapidpro.url}/.json"))


def test_without_json_suffix_is_html_documentation(rapidpro: RapidProSandbox) -> None:
    docs = httpx.get(f"{rapidpro.url}/contacts", headers=rapidpro.auth_headers)
    assert docs.status_code == 200 and docs.headers["content-type"].startswith("text/html")
    assert httpx.get(f"{rapidpro.url}/nothing.json", headers=rapidpro.auth_headers).json() == {"detail": "Not found."}
    redirect = httpx.get(f"{rapidpro.root_url}/api/")
    assert redirect.status_code == 302 and redirect.headers["location"] == "/api/v2/"


def test_bodies_must_be_single_json_objects(http: httpx.Client) -> None:
    listed = http.post("groups.json", json=["Testers"])
    assert listed.status_code == 400 and listed.json() == {
        "non_field_errors": ["Request body should be a single JSON object"]
    }
    broken = http.post("groups.json", content=b"{", headers={"Content-Type": "application/json"})
    assert broken.status_code == 400 and broken.json()["detail"].startswith("JSON parse error - ")
    form = http.post("groups.json", data={"name": "x"})
    assert form.status_code == 415
    assert form.json() == {"detail": 'Unsupported media type "application/x-www-form-urlencoded" in request.'}
    empty = http.post("groups.json", json={})
    assert empty.json() == {"name": ["This field is required."]}


def test_query_parameter_errors_are_details(http: httpx.Client) -> None:
    assert http.get("runs.json", params={"uuid": "xyz"}).json() == {"detail": "Param 'uuid': xyz is not a valid UUID."}
    assert http.get("messages.json", params={"id": "one"}).json() == {"detail": "Value for id must be an integer"}
    assert http.delete("contacts.json").json() == {
        "detail": "URL must contain one of the following parameters: uuid, urn"
    }
    both = http.post("contacts.json", params={"uuid": "a", "urn": "tel:+250788000000"}, json={})
    assert both.json() == {"detail": "URL can only contain one of the following parameters: uuid, urn"}
    assert http.get("labels.json", params={"uuid": "a", "name": "b"}).json() == {
        "detail": "You may only specify one of the uuid, name parameters"
    }
