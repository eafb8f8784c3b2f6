"""Secrets are masked while something holds them, and no longer: a process that sees tokens without
end (a client per task, each user's own token, refreshes) keeps a bounded set, so its memory and the
time each `redact()` takes (every log record, every error message) do not grow with its age."""

from __future__ import annotations

import gc
import secrets
import threading

import httpx
import pytest

from bloomy import Client as BloomClient
from monzoh import MonzoClient
from overlay_runtime import RefreshingTokenAuth, redact, register_secret, release_secret
from overlay_runtime._logging import _SECRETS, MASK
from rapidpro import RapidProClient


def _token() -> str:
    return f"tok_{secrets.token_urlsafe(32)}"


class _Owner:
    pass


def test_a_secret_is_masked_while_its_owner_lives_and_let_go_after() -> None:
    owner, value = _Owner(), _token()
    register_secret(value, owner=owner)
    assert redact(f"sent {value}") == f"sent {MASK}"
    del owner
    gc.collect()
    assert redact(f"sent {value}") == f"sent {value}"


def test_a_value_held_twice_stays_masked_until_the_last_holder_goes() -> None:
    first, second, value = _Owner(), _Owner(), _token()
    register_secret(value, owner=first)
    register_secret(value, owner=second)
    register_secret(value, owner=second)  # holding it again is one hold, not two
    del first
    gc.collect()
    assert MASK in redact(value)
    release_secret(value, owner=second)
    assert redact(value) == value


def test_an_owner_that_cannot_be_watched_holds_its_secret_loose(monkeypatch: pytest.MonkeyPatch) -> None:
    """An owner without weak references (a str, a tuple) cannot say when it goes: its value is one of the
    loose ones, masked now and pushed out by newer ones."""
    monkeypatch.setattr(type(_SECRETS), "LOOSE_LIMIT", 5)
    value = _token()
    register_secret(value, owner=("not", "watchable"))
    assert redact(value) == MASK
    for _ in range(5):
        register_secret(_token())
    assert redact(value) == value


def test_loose_secrets_keep_only_the_most_recent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(type(_SECRETS), "LOOSE_LIMIT", 50)
    before = len(_SECRETS)
    values = [_token() for _ in range(200)]
    for value in values:
        register_secret(value)
    assert len(_SECRETS) <= before + 50
    assert all(MASK in redact(value) for value in values[-50:])
    assert redact(values[0]) == values[0]
    owner = _Owner()
    register_secret(values[0], owner=owner)  # an owned value is never pushed out by loose ones
    for _ in range(100):
        register_secret(_token())
    assert MASK in redact(values[0])


@pytest.mark.parametrize(
    "make",
    [
        lambda token: MonzoClient(token, base_url="https://api.monzo.example"),
        lambda token: BloomClient(token, base_url="https://app.bloomgrowth.example/api/v1"),
        lambda token: RapidProClient(token, base_url="https://rapidpro.example/api/v2"),
    ],
    ids=["monzoh", "bloomy", "rapidpro"],
)
def test_a_client_per_task_leaves_no_secret_behind(make: object) -> None:
    """2,000 clients with a token each, made and dropped as Celery tasks do: the held set is back
    where it started, while a live client's token is still masked."""
    assert callable(make)
    live_token = _token()
    live = make(live_token)
    gc.collect()
    before = len(_SECRETS)
    for _ in range(2000):
        client = make(_token())
        client.close()
        del client
    gc.collect()
    assert len(_SECRETS) <= before
    assert redact(f"Bearer? {live_token}").endswith(MASK)
    live.close()


class _Renewing(RefreshingTokenAuth):
    def can_renew(self) -> bool:
        return True

    def is_expiry(self, response: httpx.Response) -> bool:
        return False


def test_a_refreshed_token_holds_the_current_and_the_previous_token_only() -> None:
    tokens = [_token() for _ in range(100)]
    auth = _Renewing(tokens[0])
    before = len(_SECRETS)
    for token in tokens[1:]:
        auth.install(token)
    assert len(_SECRETS) <= before + 1  # the first token was let go once two newer came
    assert MASK in redact(tokens[-1]) and MASK in redact(tokens[-2])  # a request may still carry the previous
    assert redact(tokens[-3]) == tokens[-3]


def test_owners_dying_in_other_threads_while_secrets_are_registered() -> None:
    """Finalizers run inside any allocation, the registry's own included: they must neither deadlock nor
    corrupt the counts."""
    kept = _Owner()
    kept_value = _token()
    register_secret(kept_value, owner=kept)
    errors: list[BaseException] = []

    def churn() -> None:
        try:
            for _ in range(500):
                owner = _Owner()
                owner.cycle = owner  # type: ignore[attr-defined]  # only the cyclic collector frees it
                register_secret(_token(), owner=owner)
                register_secret(_token())
                del owner
                redact("nothing secret here")
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=churn) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors and not any(thread.is_alive() for thread in threads)
    gc.collect()
    assert MASK in redact(kept_value)
    assert len(_SECRETS) <= type(_SECRETS).LOOSE_LIMIT + 50
