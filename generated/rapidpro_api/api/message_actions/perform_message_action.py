"""POST /message_actions.json"""

from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message_action_failures import MessageActionFailures
from ...models.message_bulk_action import MessageBulkAction
from ...models.rapid_pro_error import RapidProError
from ...models.rapid_pro_validation_error import RapidProValidationError
from ...types import EndpointRequest, Response, status_of


def build_request(
    *,
    body: MessageBulkAction,
) -> EndpointRequest:
    """`POST /message_actions.json` as an `EndpointRequest`, built and not sent."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {"method": "POST"}
    _kwargs["url"] = "/message_actions.json"
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return EndpointRequest(operation_id="perform_message_action", **_kwargs)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | MessageActionFailures | RapidProError | RapidProValidationError | str | None:
    if response.status_code == 200:
        response_200 = MessageActionFailures.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | MessageActionFailures | RapidProError | RapidProValidationError | str]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MessageBulkAction,
) -> Response[Any | MessageActionFailures | RapidProError | RapidProValidationError | str]:
    """Perform an action on messages in bulk

     Applies one action to up to 100 incoming messages, given by integer id. `label` (UUID or name of an
    existing label) or `label_name` (created when labelling if missing, ignored when unlabelling if
    missing) is required for `label`/`unlabel` and forbidden otherwise. Ids of messages that no longer
    exist are reported in a 200 `failures` body.

    Args:
        body (MessageBulkAction): A bulk action on incoming messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MessageActionFailures | RapidProError | RapidProValidationError | str]
    """

    request = build_request(
        body=body,
    )
    response = client.get_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MessageBulkAction,
) -> Response[Any | MessageActionFailures | RapidProError | RapidProValidationError | str]:
    """Perform an action on messages in bulk

     Applies one action to up to 100 incoming messages, given by integer id. `label` (UUID or name of an
    existing label) or `label_name` (created when labelling if missing, ignored when unlabelling if
    missing) is required for `label`/`unlabel` and forbidden otherwise. Ids of messages that no longer
    exist are reported in a 200 `failures` body.

    Args:
        body (MessageBulkAction): A bulk action on incoming messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MessageActionFailures | RapidProError | RapidProValidationError | str]
    """

    request = build_request(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: MessageBulkAction,
) -> Any | MessageActionFailures | RapidProError | RapidProValidationError | str | None:
    """Perform an action on messages in bulk

     Applies one action to up to 100 incoming messages, given by integer id. `label` (UUID or name of an
    existing label) or `label_name` (created when labelling if missing, ignored when unlabelling if
    missing) is required for `label`/`unlabel` and forbidden otherwise. Ids of messages that no longer
    exist are reported in a 200 `failures` body.

    Args:
        body (MessageBulkAction): A bulk action on incoming messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MessageActionFailures | RapidProError | RapidProValidationError | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MessageBulkAction,
) -> Any | MessageActionFailures | RapidProError | RapidProValidationError | str | None:
    """Perform an action on messages in bulk

     Applies one action to up to 100 incoming messages, given by integer id. `label` (UUID or name of an
    existing label) or `label_name` (created when labelling if missing, ignored when unlabelling if
    missing) is required for `label`/`unlabel` and forbidden otherwise. Ids of messages that no longer
    exist are reported in a 200 `failures` body.

    Args:
        body (MessageBulkAction): A bulk action on incoming messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MessageActionFailures | RapidProError | RapidProValidationError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
