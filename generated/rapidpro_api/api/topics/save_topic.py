"""POST /topics.json"""

from typing import Any, TypedDict

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.rapid_pro_error import RapidProError
from ...models.rapid_pro_validation_error import RapidProValidationError
from ...models.topic import Topic
from ...models.topic_write import TopicWrite
from ...types import UNSET, EndpointRequest, Response, Unset, query_value, status_of


class QueryParams(TypedDict, total=False):
    """The query parameters of `POST /topics.json`, by argument name (None: not sent)."""

    uuid: str | None


def build_request(
    *,
    body: TopicWrite,
    uuid: str | None | Unset = UNSET,
) -> EndpointRequest:
    """`POST /topics.json` as an `EndpointRequest`, built and not sent.

    Optional parameters given as None or UNSET are not sent.
    """
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {
        "uuid": query_value(uuid),
    }
    _kwargs: dict[str, Any] = {"method": "POST"}
    _kwargs["url"] = "/topics.json"
    _kwargs["params"] = {k: v for k, v in params.items() if v is not UNSET and v is not None}
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return EndpointRequest(operation_id="save_topic", **_kwargs)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RapidProError | RapidProValidationError | Topic | str | None:
    if response.status_code == 200:
        response_200 = Topic.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = Topic.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        try:
            response_400 = RapidProValidationError.from_dict(response.json())

            return response_400

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 403:
        try:
            response_403 = RapidProError.from_dict(response.json())

            return response_403

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 404:
        try:
            response_404 = RapidProError.from_dict(response.json())

            return response_404

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 409:
        try:
            response_409 = RapidProError.from_dict(response.json())

            return response_409

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 429:
        try:
            response_429 = RapidProError.from_dict(response.json())

            return response_429

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 500:
        try:
            response_500 = response.text
            return response_500

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RapidProError | RapidProValidationError | Topic | str]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TopicWrite,
    uuid: str | None | Unset = UNSET,
) -> Response[RapidProError | RapidProValidationError | Topic | str]:
    """Create or update a ticket topic

     Without `uuid` creates a topic (201; 409 at the workspace limit). With `?uuid=` renames that topic
    (200, 404 when none matches, 403 for the system topic).

    Args:
        uuid (str | Unset):
        body (TopicWrite): A topic to create or rename.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RapidProError | RapidProValidationError | Topic | str]
    """

    request = build_request(
        body=body,
        uuid=uuid,
    )
    response = client.get_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TopicWrite,
    uuid: str | None | Unset = UNSET,
) -> Response[RapidProError | RapidProValidationError | Topic | str]:
    """Create or update a ticket topic

     Without `uuid` creates a topic (201; 409 at the workspace limit). With `?uuid=` renames that topic
    (200, 404 when none matches, 403 for the system topic).

    Args:
        uuid (str | Unset):
        body (TopicWrite): A topic to create or rename.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RapidProError | RapidProValidationError | Topic | str]
    """

    request = build_request(
        body=body,
        uuid=uuid,
    )
    response = await client.get_async_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TopicWrite,
    uuid: str | None | Unset = UNSET,
) -> RapidProError | RapidProValidationError | Topic | str | None:
    """Create or update a ticket topic

     Without `uuid` creates a topic (201; 409 at the workspace limit). With `?uuid=` renames that topic
    (200, 404 when none matches, 403 for the system topic).

    Args:
        uuid (str | Unset):
        body (TopicWrite): A topic to create or rename.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RapidProError | RapidProValidationError | Topic | str
    """

    return sync_detailed(
        client=client,
        body=body,
        uuid=uuid,
    ).parsed


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TopicWrite,
    uuid: str | None | Unset = UNSET,
) -> RapidProError | RapidProValidationError | Topic | str | None:
    """Create or update a ticket topic

     Without `uuid` creates a topic (201; 409 at the workspace limit). With `?uuid=` renames that topic
    (200, 404 when none matches, 403 for the system topic).

    Args:
        uuid (str | Unset):
        body (TopicWrite): A topic to create or rename.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RapidProError | RapidProValidationError | Topic | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            uuid=uuid,
        )
    ).parsed
