"""Type aliases and the "not given" sentinel."""

from __future__ import annotations

from typing import Final, Literal

import httpx

__all__ = ["NOT_GIVEN", "NotGiven", "TimeoutTypes"]

TimeoutTypes = float | httpx.Timeout | None


class NotGiven:
    """An argument the caller did not pass, as opposed to one passed as None.

    `timeout=None` means "no timeout at all"; an omitted `timeout` means "the client's default".
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()
