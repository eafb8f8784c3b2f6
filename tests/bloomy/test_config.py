"""Where the key and base URL come from, the config file, and getting a key from a login (`POST /Token`)."""

from __future__ import annotations

import asyncio
import os
import stat
from pathlib import Path

import pytest
import yaml

from bloomy import (
    DEFAULT_BASE_URL,
    APIError,
    AsyncClient,
    AuthenticationError,
    Client,
    Configuration,
    ConfigurationError,
    LoginError,
)
from bloomy._config import token_url
from bloomy._config_file import read_api_key, write_api_key
from tests.bloomy._server import API_KEY, BloomServer
from tests.flaky_server import Reply

PASSWORD = "correct-horse-battery-staple"


def test_the_argument_wins(monkeypatch: pytest.MonkeyPatch, isolated_config: Path) -> None:
    monkeypatch.setenv("BG_API_KEY", "from-env")
    write_api_key("from-file", isolated_config)
    assert Configuration("  from-arg  ").api_key == "from-arg"


def test_then_the_environment(monkeypatch: pytest.MonkeyPatch, isolated_config: Path) -> None:
    monkeypatch.setenv("BG_API_KEY", " from-env\n")
    write_api_key("from-file", isolated_config)
    assert Configuration().api_key == "from-env"
    assert Configuration("   ").api_key == "from-env"  # a blank argument falls through


def test_then_the_config_file(monkeypatch: pytest.MonkeyPatch, isolated_config: Path) -> None:
    monkeypatch.setenv("BG_API_KEY", "")
    write_api_key("from-file", isolated_config)
    assert Configuration().api_key == "from-file"


@pytest.mark.parametrize("client", [Client, AsyncClient])
def test_with_no_key_anywhere_the_error_says_how_to_set_one(client: type, isolated_config: Path) -> None:
    with pytest.raises(ConfigurationError) as info:
        client()
    message = str(info.value)
    assert "api_key=" in message and "BG_API_KEY" in message and str(isolated_config) in message
    assert "configure_api_key" in message


def test_base_url_from_argument_then_environment_then_default(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Client("k").base_url == DEFAULT_BASE_URL + "/"
    monkeypatch.setenv("BLOOMY_BASE_URL", "http://127.0.0.1:1/api/v1")
    assert Client("k").base_url == "http://127.0.0.1:1/api/v1/"
    assert Client("k", base_url="http://127.0.0.1:2/api/v1").base_url == "http://127.0.0.1:2/api/v1/"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (yaml.safe_dump({"version": 1, "api_key": "abc123"}), "abc123"),  # bloomy-python's file
        ("---\n:version: 1\n:api_key: abc123\n", "abc123"),  # the Ruby gem's symbol keys
        ("api_key: 'it''s'\n", "it's"),
        ('api_key: "quoted:key"  # comment\n', "quoted:key"),
        ("api_key: plain # comment\n", "plain"),
        ("nested:\n  api_key: no\n", None),
        ("api_key:   \n", None),
        ("version: 1\n", None),
        ("\x00\xff garbage", None),
    ],
)
def test_config_file_forms(tmp_path: Path, text: str, key: str | None) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogateescape")
    assert read_api_key(path) == key


def test_an_unreadable_config_file_counts_as_none(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_bytes(b"\xff\xfe\x00bad")
    assert read_api_key(path) is None
    assert read_api_key(tmp_path / "missing.yaml") is None


def test_stored_file_is_private_atomic_and_yaml(isolated_config: Path) -> None:
    written = Configuration("k-123").store_api_key()
    assert written == isolated_config
    assert stat.S_IMODE(os.stat(written).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(written.parent).st_mode) == 0o700
    assert yaml.safe_load(written.read_text()) == {"version": 1, "api_key": "k-123"}
    assert os.listdir(written.parent) == ["config.yaml"]  # no temporary file left behind


def test_storing_without_a_key_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="API key is None"):
        Configuration().store_api_key()


@pytest.mark.parametrize(
    ("base", "expected"),
    [
        ("https://app.bloomgrowth.com/api/v1", "https://app.bloomgrowth.com/Token"),
        ("https://app.bloomgrowth.com/api/v1/", "https://app.bloomgrowth.com/Token"),
        ("https://proxy.example/bloom/API/V1", "https://proxy.example/bloom/Token"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080/Token"),
    ],
)
def test_the_token_route_is_at_the_host_root(base: str, expected: str) -> None:
    assert token_url(base) == expected


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_configure_api_key_logs_in_at_the_host_root_and_stores_the_key(
    kind: str, bloom: BloomServer, isolated_config: Path
) -> None:
    configuration = Configuration()
    if kind == "sync":
        configuration.configure_api_key("jane@acme.example", PASSWORD, store_key=True, base_url=bloom.url)
    else:
        asyncio.run(configuration.aconfigure_api_key("jane@acme.example", PASSWORD, True, base_url=bloom.url))
    [login] = bloom.requests
    assert (login.method, login.path) == ("POST", "/Token")
    assert login.headers["content-type"] == "application/x-www-form-urlencoded"
    assert login.form == {"grant_type": ["password"], "userName": ["jane@acme.example"], "password": [PASSWORD]}
    assert "authorization" not in login.headers
    token = "kR3x9vT0mQ7bL2sNfA8wYcE5uHjD1pZg6oViXqW4eBtMnKlS"  # the spec's example
    assert configuration.api_key == token and read_api_key(isolated_config) == token
    bloom.handler.api_keys = {token}
    with Client(base_url=bloom.url) as client:  # the stored key is found
        assert client.user.details().name == "Jane Cooper"


def test_a_refused_login_is_an_authentication_error(bloom: BloomServer, isolated_config: Path) -> None:
    refusal = {"error": "invalid_grant", "error_description": "The user name or password is incorrect."}
    bloom.handler.on("create_access_token", Reply(400, refusal))
    configuration = Configuration()
    with pytest.raises(LoginError) as info:
        configuration.configure_api_key("jane@acme.example", PASSWORD, store_key=True, base_url=bloom.url)
    error = info.value
    assert isinstance(error, AuthenticationError) and isinstance(error, APIError)
    assert error.status_code == 400 and error.code == "invalid_grant"
    assert "The user name or password is incorrect." in str(error) and "check the username" in str(error)
    assert PASSWORD not in str(error) and PASSWORD not in repr(error.body)
    assert configuration.api_key is None and not isolated_config.exists()


def test_configuration_reads_the_key_the_client_uses(bloom: BloomServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BG_API_KEY", API_KEY)
    with Client(base_url=bloom.url) as client:
        assert client.configuration.api_key == API_KEY
        assert client.user.details().id == 345678
