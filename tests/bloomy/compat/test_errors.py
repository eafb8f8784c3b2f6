"""bloomy-python's error handling: `bloomy.exceptions`, its four classes and their constructors, and the
README's catching pattern, against the errors bloomy really raises (which pickle without the key)."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from typing import Any

import pytest

import bloomy
import bloomy.exceptions
from bloomy import Client, Configuration
from bloomy.testing import BloomSandbox

from .conftest import README_KEY

PEER_NAMES = ("APIError", "AuthenticationError", "BloomyError", "ConfigurationError")


def readme_error_handling(call: Callable[[], Any]) -> str:
    """The README's Error Handling section, as written around `call` (its `client.user.details()`),
    printing replaced by returning the line."""
    from bloomy.exceptions import APIError, AuthenticationError, BloomyError, ConfigurationError  # noqa: F401

    try:
        call()
    except AuthenticationError:
        return "Invalid API key"
    except APIError as e:
        return f"API error: {e.message}, Status: {e.status_code}"
    except BloomyError as e:
        return f"General error: {e}"
    return "ok"


def test_the_module_holds_bloomy_python_names_as_bloomys_classes() -> None:
    """`from bloomy.exceptions import ...` gives the very classes `bloomy` exports, and a sorted `__all__`."""
    for name in PEER_NAMES:
        assert getattr(bloomy.exceptions, name) is getattr(bloomy, name)
    assert set(PEER_NAMES) <= set(bloomy.exceptions.__all__)
    assert bloomy.exceptions.__all__ == sorted(bloomy.exceptions.__all__)
    exported = {
        n for n in bloomy.__all__ if isinstance(getattr(bloomy, n), type) and issubclass(getattr(bloomy, n), Exception)
    }
    assert exported == set(bloomy.exceptions.__all__)
    for name in ("APIError", "AuthenticationError", "ConfigurationError"):
        assert issubclass(getattr(bloomy.exceptions, name), bloomy.exceptions.BloomyError)


@pytest.mark.parametrize(
    ("args", "kwargs"), [(("Not found", 404), {}), (("Not found",), {"status_code": 404}), (("Not found",), {})]
)
def test_api_error_takes_bloomy_pythons_arguments(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """`APIError(message, status_code=None)`, positionally or by keyword; `str()` is the message."""
    error = bloomy.exceptions.APIError(*args, **kwargs)
    assert str(error) == "Not found" == error.message
    assert error.status_code == (404 if len(args) + len(kwargs) == 2 else None)
    with pytest.raises(bloomy.exceptions.BloomyError):
        raise error
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), str(copy), copy.status_code) == (type(error), str(error), error.status_code)
    assert type(error)(*error.args).status_code == error.status_code


@pytest.mark.parametrize("name", ["BloomyError", "ConfigurationError", "AuthenticationError"])
def test_the_other_roots_take_a_message(name: str) -> None:
    """`BloomyError("...")`, `ConfigurationError("...")`, `AuthenticationError("...")` (and no argument)."""
    cls = getattr(bloomy.exceptions, name)
    error = cls("No API key provided")
    assert str(error) == "No API key provided" and isinstance(error, bloomy.exceptions.BloomyError)
    assert str(cls()) == ""
    assert str(pickle.loads(pickle.dumps(error))) == "No API key provided"


def test_readme_pattern_a_refused_key_is_an_authentication_error(sandbox: BloomSandbox) -> None:
    """A 401 lands in the README's `except AuthenticationError` (it is an APIError too)."""
    client = Client(api_key=README_KEY)
    sandbox.expire_token(README_KEY)
    assert readme_error_handling(lambda: client.user.details()) == "Invalid API key"


def test_readme_pattern_an_error_status_is_an_api_error_with_message_and_status(sandbox: BloomSandbox) -> None:
    """A 404 lands in `except APIError`, with `e.message` (which bloomy-python's APIError lacks: its README
    line raised AttributeError there) and `e.status_code`."""
    client = Client(api_key=README_KEY)
    line = readme_error_handling(lambda: client.user.details(user_id=1))
    assert line.startswith("API error: ") and line.endswith(", Status: 404")
    sandbox.faults.server_errors(status=503, path="/api/v1/users/mine")
    assert readme_error_handling(lambda: Client(api_key=README_KEY, max_retries=0).user.details()).endswith("503")


def test_readme_pattern_anything_else_is_a_bloomy_error(sandbox: BloomSandbox) -> None:
    """A connection that fails lands in `except BloomyError`."""
    client = Client(api_key=README_KEY, max_retries=0)
    sandbox.faults.drop_connections(reset=True, path="/api/v1/users/mine")
    assert readme_error_handling(lambda: client.user.details()).startswith("General error: ")


def test_no_key_is_a_configuration_error(isolated_config: object) -> None:
    """`Client()` with no key anywhere raises ConfigurationError (bloomy-python's documented pattern)."""
    with pytest.raises(bloomy.exceptions.ConfigurationError):
        Client()


def test_a_refused_login_is_an_authentication_error(sandbox: BloomSandbox) -> None:
    """`configure_api_key` with a wrong password raises AuthenticationError (bloomy's LoginError)."""
    with pytest.raises(bloomy.exceptions.AuthenticationError) as caught:
        Configuration().configure_api_key(username=sandbox.username, password="wrong-password")
    assert "wrong-password" not in repr(caught.value) + str(caught.value)


def test_the_errors_guide_status_match(sandbox: BloomSandbox) -> None:
    """The errors guide's `match e.status_code` on a user that does not exist."""
    client = Client(api_key=README_KEY)
    try:
        client.user.details(user_id=99999)
    except bloomy.exceptions.APIError as e:
        match e.status_code:
            case 404:
                outcome = "Not found - resource doesn't exist"
            case _:  # pragma: no cover
                outcome = f"Unexpected error: {e.status_code}"
    assert outcome == "Not found - resource doesn't exist"


def test_raised_errors_pickle_without_the_key(sandbox: BloomSandbox) -> None:
    """Each error the README pattern meets survives pickle as the same class, status and message,
    and neither the pickle nor its text carries the key."""
    client = Client(api_key=README_KEY, max_retries=0)
    raised: list[bloomy.exceptions.BloomyError] = []
    for call in (
        lambda: client.user.details(user_id=1),
        lambda: (sandbox.faults.server_errors(path="/api/v1/users/mine"), client.user.details()),
        lambda: (sandbox.expire_token(README_KEY), client.user.details()),
    ):
        with pytest.raises(bloomy.exceptions.BloomyError) as caught:
            call()
        raised.append(caught.value)
    assert [e.status_code for e in raised] == [404, 500, 401]
    for error in raised:
        data = pickle.dumps(error)
        assert README_KEY.encode() not in data and README_KEY not in str(error) + repr(error)
        copy = pickle.loads(data)
        assert (type(copy), str(copy), copy.status_code) == (type(error), str(error), error.status_code)
