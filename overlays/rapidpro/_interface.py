"""`RapidProInterface`: the tutorial's blocking interface (seed 002), built on `RapidProAPI`'s settings.

It keeps the tutorial's methods, return values and nested exceptions, with three changes:

- it runs its requests on a blocking client instead of `asyncio.run()`, so it also works where an
  event loop is already running (a notebook, an async web handler), and reuses its connections;
- `get_flows()` follows every page (`next`), not only the first 250 flows, and raises
  `ResponseParsingException` if the server's cursors go round in a circle instead of looping;
- 429's interpretation gives today's default limit (3,600 requests an hour per scope, not 2,500).
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Self

import httpx

from overlay_runtime import NOT_GIVEN, Call, NotGiven, SyncAPIClient, TimeoutTypes, redact

from ._api import RapidProAPI, connection_status_call, flows_call, raw_response
from ._client import rapidpro_runtime
from ._constants import DEFAULT_MAX_RETRIES, USER_AGENT
from ._paging import position_in

__all__ = ["RapidProInterface"]

_INTERPRETATIONS = {
    200: "200: Request was successful.",
    201: "201: Resource was successfully created.",
    204: "204: Successful DELETE or POST request that updated multiple resources.",
    400: (
        "400: Request failed due to invalid parameters. "
        "Do not retry with the same values. "
        "The body of the response contains further information."
    ),
    403: "403: You do not have permission to access this resource.",
    404: "404: The specified resource was not found.",
    429: (
        "429: You have exceeded the rate limit for this endpoint (by default 3,600 requests per hour). "
        "See 'Retry-After' in response header for seconds-count until requests replenish."
    ),
}


class RapidProInterface:
    """Interface for using RapidPro API (the tutorial's `RapidProInterface`).

    ```python
    rapidpro = RapidProInterface(os.environ["RAPIDPRO_API_TOKEN"])
    if rapidpro.validate_token():
        for flow in rapidpro.get_flows(after_date="2024-01-01"):
            print(flow["name"])
    ```

    `rapidProAPI` is the asynchronous API-handler it is built on; the token and `API_URL` set there
    are the ones used here too.
    """

    def __init__(
        self,
        token: str = "",
        *,
        api_url: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
    ) -> None:
        self.rapidProAPI = RapidProAPI(token, api_url=api_url, timeout=timeout, max_retries=max_retries)
        self._timeout = timeout
        self._max_retries = max_retries
        self._runner: tuple[tuple[str, str], SyncAPIClient] | None = None

    def set_api_token(self, token: str) -> None:
        self.rapidProAPI.set_api_token(token)

    def validate_token(self) -> bool:
        """True for a valid token, False when the API refuses it (403); `TokenValidationException` otherwise."""
        response = self._send(connection_status_call())
        if response.is_success:
            return True
        if response.status_code == 403:
            return False
        raise self.TokenValidationException(self.get_status_code_interpretation(response.status_code), response)

    def get_flow(self, uuid: str) -> dict[str, Any] | None:
        """The flow with this UUID, as the API's JSON object, or None when there is none."""
        flows = self._results(self._send(flows_call(uuid=uuid)))[0]
        return flows[0] if flows else None

    def get_flows(self, before_date: str = "", after_date: str = "") -> list[dict[str, Any]]:
        """Every flow modified in the (inclusive) range, following every page."""
        flows: list[dict[str, Any]] = []
        cursor: str | None = None
        requested: set[str] = set()
        while True:
            response = self._send(flows_call("", before_date, after_date, cursor))
            results, following = self._results(response)
            flows.extend(results)
            if following is None:
                return flows
            if following in requested or following == cursor:  # the server goes round in circles
                raise self.ResponseParsingException(
                    f"Pagination loop: the page at cursor {cursor!r} names {following!r} as the next cursor, "
                    f"which was already requested",
                    response,
                )
            requested.add(following)
            cursor = following

    @staticmethod
    def get_status_code_interpretation(status_code: int) -> str:
        """What a status code of the RapidPro API means (from its documentation)."""
        return _INTERPRETATIONS.get(status_code, f"{status_code}: Unknown status code.")

    class AbstractRequestException(Exception):
        """A request that did not give what was asked for: `status_code`, `message` and the `response`.

        `args[0]` is the tutorial's `{"message": ..., "response": ...}`. A copy made by `pickle` or by a
        Celery result backend (which stores `args` as JSON and calls `cls(*args)`) keeps the class,
        `message` and `status_code`; its `response` is None, as the response is not kept.
        """

        def __init__(self, message: str | Mapping[str, Any], response: httpx.Response | None = None) -> None:
            status_code: int | None = None
            if isinstance(message, Mapping):  # `args[0]` given back: a copy being rebuilt
                status_code = message.get("status_code")
                message = str(message.get("message", ""))
            if response is not None:
                status_code = response.status_code
            message = redact(str(message))
            super().__init__(_TutorialArgs(message, status_code, response))
            self.status_code = status_code
            self.message = message
            self.response = response

        def __str__(self) -> str:
            return self.message

        def __reduce__(self) -> tuple[Any, ...]:
            state = {name: value for name, value in vars(self).items() if name != "response"}
            return (type(self), ({"message": self.message, "status_code": self.status_code},), state)

    class ResponseParsingException(AbstractRequestException):
        """A successful response whose body is not the JSON page expected."""

    class RequestFailureException(AbstractRequestException):
        """The API answered with an error status."""

    class TokenValidationException(AbstractRequestException):
        """Validating the token failed for another reason than the token being refused."""

    # -- plumbing ------------------------------------------------------------------------------
    def _send(self, call: Call[httpx.Response]) -> httpx.Response:
        response: httpx.Response = self._client().run(raw_response(call))
        return response

    def _client(self) -> SyncAPIClient:
        key = self.rapidProAPI.settings()
        if self._runner is None or self._runner[0] != key:
            self.close()
            runtime = rapidpro_runtime(key[1], max_retries=self._max_retries)
            client = SyncAPIClient(base_url=key[0], runtime=runtime, timeout=self._timeout, user_agent=USER_AGENT)
            self._runner = (key, client)
            # The tutorial's users never close the interface: its connections close when it is collected.
            weakref.finalize(self, client.close)
        return self._runner[1]

    def _results(self, response: httpx.Response) -> tuple[list[dict[str, Any]], str | None]:
        """The `results` of a page and the cursor of the next page; raises as the tutorial does."""
        if not response.is_success:
            raise self.RequestFailureException(self.get_status_code_interpretation(response.status_code), response)
        try:
            page = json.loads(response.text)
            results = page.get("results")
            following = position_in(page.get("next"))
        # Not JSON, nested too deeply to decode, not an object, or a `next` link that is not a URL.
        except (ValueError, RecursionError, AttributeError, httpx.InvalidURL) as exc:
            raise self.ResponseParsingException("Failed to parse flow in HTTP response.", response) from exc
        return (results if isinstance(results, list) else []), following

    def close(self) -> None:
        """Close the blocking client's connections (a later call opens new ones)."""
        if self._runner is not None:
            self._runner[1].close()
            self._runner = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"RapidProInterface(API_URL={self.rapidProAPI.API_URL!r})"


class _TutorialArgs(dict[str, Any]):
    """The tutorial's `{"message": ..., "response": ...}`: `["response"]` gives the response, while the dict
    itself holds only JSON values (`message`, `status_code`), so that a result backend can store it."""

    def __init__(self, message: str, status_code: int | None, response: httpx.Response | None) -> None:
        super().__init__(message=message, status_code=status_code)
        self._response = response

    def __missing__(self, key: str) -> Any:
        if key == "response":
            return self._response
        raise KeyError(key)

    def __contains__(self, key: object) -> bool:
        return key == "response" or super().__contains__(key)

    def get(self, key: str, default: Any = None) -> Any:
        return self._response if key == "response" else super().get(key, default)
