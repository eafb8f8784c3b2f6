"""GET /definitions.json"""

from typing import Any, TypedDict

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.definition_dependencies import DefinitionDependencies
from ...models.definitions import Definitions
from ...models.rapid_pro_error import RapidProError
from ...models.rapid_pro_validation_error import RapidProValidationError
from ...types import UNSET, EndpointRequest, Response, Unset, query_value, status_of


class QueryParams(TypedDict, total=False):
    """The query parameters of `GET /definitions.json`, by argument name (None: not sent)."""

    flow: list[str] | None
    campaign: list[str] | None
    dependencies: DefinitionDependencies | str | None


def build_request(
    *,
    flow: list[str] | None | Unset = UNSET,
    campaign: list[str] | None | Unset = UNSET,
    dependencies: DefinitionDependencies | str | None | Unset = UNSET,
) -> EndpointRequest:
    """`GET /definitions.json` as an `EndpointRequest`, built and not sent.

    Optional parameters given as None or UNSET are not sent.
    """

    params: dict[str, Any] = {
        "flow": query_value(flow),
        "campaign": query_value(campaign),
        "dependencies": query_value(dependencies),
    }
    _kwargs: dict[str, Any] = {"method": "GET"}
    _kwargs["url"] = "/definitions.json"
    _kwargs["params"] = {k: v for k, v in params.items() if v is not UNSET and v is not None}
    return EndpointRequest(operation_id="get_definitions", **_kwargs)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Definitions | RapidProError | RapidProValidationError | str | None:
    if response.status_code == 200:
        response_200 = Definitions.from_dict(response.json())

        return response_200

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
) -> Response[Definitions | RapidProError | RapidProValidationError | str]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    flow: list[str] | None | Unset = UNSET,
    campaign: list[str] | None | Unset = UNSET,
    dependencies: DefinitionDependencies | str | None | Unset = UNSET,
) -> Response[Definitions | RapidProError | RapidProValidationError | str]:
    """Export definitions

     Deprecated: exports the definitions of the given flows and campaigns, plus their dependencies as
    selected by `dependencies`. Needs the export permission. Not paginated.

    Args:
        flow (list[str] | Unset):
        campaign (list[str] | Unset):
        dependencies (DefinitionDependencies | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Definitions | RapidProError | RapidProValidationError | str]
    """

    request = build_request(
        flow=flow,
        campaign=campaign,
        dependencies=dependencies,
    )
    response = client.get_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    flow: list[str] | None | Unset = UNSET,
    campaign: list[str] | None | Unset = UNSET,
    dependencies: DefinitionDependencies | str | None | Unset = UNSET,
) -> Response[Definitions | RapidProError | RapidProValidationError | str]:
    """Export definitions

     Deprecated: exports the definitions of the given flows and campaigns, plus their dependencies as
    selected by `dependencies`. Needs the export permission. Not paginated.

    Args:
        flow (list[str] | Unset):
        campaign (list[str] | Unset):
        dependencies (DefinitionDependencies | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Definitions | RapidProError | RapidProValidationError | str]
    """

    request = build_request(
        flow=flow,
        campaign=campaign,
        dependencies=dependencies,
    )
    response = await client.get_async_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    flow: list[str] | None | Unset = UNSET,
    campaign: list[str] | None | Unset = UNSET,
    dependencies: DefinitionDependencies | str | None | Unset = UNSET,
) -> Definitions | RapidProError | RapidProValidationError | str | None:
    """Export definitions

     Deprecated: exports the definitions of the given flows and campaigns, plus their dependencies as
    selected by `dependencies`. Needs the export permission. Not paginated.

    Args:
        flow (list[str] | Unset):
        campaign (list[str] | Unset):
        dependencies (DefinitionDependencies | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Definitions | RapidProError | RapidProValidationError | str
    """

    return sync_detailed(
        client=client,
        flow=flow,
        campaign=campaign,
        dependencies=dependencies,
    ).parsed


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    flow: list[str] | None | Unset = UNSET,
    campaign: list[str] | None | Unset = UNSET,
    dependencies: DefinitionDependencies | str | None | Unset = UNSET,
) -> Definitions | RapidProError | RapidProValidationError | str | None:
    """Export definitions

     Deprecated: exports the definitions of the given flows and campaigns, plus their dependencies as
    selected by `dependencies`. Needs the export permission. Not paginated.

    Args:
        flow (list[str] | Unset):
        campaign (list[str] | Unset):
        dependencies (DefinitionDependencies | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Definitions | RapidProError | RapidProValidationError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            flow=flow,
            campaign=campaign,
            dependencies=dependencies,
        )
    ).parsed
