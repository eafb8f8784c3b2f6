"""POST /oauth2/token"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authorization_code_grant import AuthorizationCodeGrant
from ...models.monzo_error import MonzoError
from ...models.o_auth_token import OAuthToken
from ...models.refresh_token_grant import RefreshTokenGrant
from ...types import EndpointRequest, Response, status_of


def build_request(
    *,
    body: AuthorizationCodeGrant | RefreshTokenGrant,
) -> EndpointRequest:
    """`POST /oauth2/token` as an `EndpointRequest`, built and not sent."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {"method": "POST"}
    _kwargs["url"] = "/oauth2/token"
    _kwargs["data"] = body.to_dict()

    headers["Content-Type"] = "application/x-www-form-urlencoded"
    _kwargs["headers"] = headers
    return EndpointRequest(operation_id="exchange_token", **_kwargs)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MonzoError | OAuthToken | None:
    if response.status_code == 200:
        response_200 = OAuthToken.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        try:
            response_400 = MonzoError.from_dict(response.json())

            return response_400

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 401:
        try:
            response_401 = MonzoError.from_dict(response.json())

            return response_401

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 403:
        try:
            response_403 = MonzoError.from_dict(response.json())

            return response_403

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 404:
        try:
            response_404 = MonzoError.from_dict(response.json())

            return response_404

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 405:
        try:
            response_405 = MonzoError.from_dict(response.json())

            return response_405

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 406:
        try:
            response_406 = MonzoError.from_dict(response.json())

            return response_406

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 429:
        try:
            response_429 = MonzoError.from_dict(response.json())

            return response_429

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 500:
        try:
            response_500 = MonzoError.from_dict(response.json())

            return response_500

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 504:
        try:
            response_504 = MonzoError.from_dict(response.json())

            return response_504

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MonzoError | OAuthToken]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthorizationCodeGrant | RefreshTokenGrant,
) -> Response[MonzoError | OAuthToken]:
    """Exchange an authorization code or a refresh token for an access token

     Two grants share this endpoint:

    * `grant_type=authorization_code`: send `client_id`, `client_secret`, `redirect_uri` (exactly
      the one used in the authorisation redirect) and the `code` received on the callback.
    * `grant_type=refresh_token`: send `client_id`, `client_secret` and `refresh_token`. The
      response holds a new access token **and a new refresh token**; the old access token and the
      old refresh token stop working, so always store the new refresh token.

    Only confidential clients receive a `refresh_token`. No `Authorization` header is needed.

    Args:
        body (AuthorizationCodeGrant | RefreshTokenGrant): Form body of `POST /oauth2/token`, one
            per grant type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MonzoError | OAuthToken]
    """

    request = build_request(
        body=body,
    )
    response = client.get_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthorizationCodeGrant | RefreshTokenGrant,
) -> Response[MonzoError | OAuthToken]:
    """Exchange an authorization code or a refresh token for an access token

     Two grants share this endpoint:

    * `grant_type=authorization_code`: send `client_id`, `client_secret`, `redirect_uri` (exactly
      the one used in the authorisation redirect) and the `code` received on the callback.
    * `grant_type=refresh_token`: send `client_id`, `client_secret` and `refresh_token`. The
      response holds a new access token **and a new refresh token**; the old access token and the
      old refresh token stop working, so always store the new refresh token.

    Only confidential clients receive a `refresh_token`. No `Authorization` header is needed.

    Args:
        body (AuthorizationCodeGrant | RefreshTokenGrant): Form body of `POST /oauth2/token`, one
            per grant type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MonzoError | OAuthToken]
    """

    request = build_request(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AuthorizationCodeGrant | RefreshTokenGrant,
) -> MonzoError | OAuthToken | None:
    """Exchange an authorization code or a refresh token for an access token

     Two grants share this endpoint:

    * `grant_type=authorization_code`: send `client_id`, `client_secret`, `redirect_uri` (exactly
      the one used in the authorisation redirect) and the `code` received on the callback.
    * `grant_type=refresh_token`: send `client_id`, `client_secret` and `refresh_token`. The
      response holds a new access token **and a new refresh token**; the old access token and the
      old refresh token stop working, so always store the new refresh token.

    Only confidential clients receive a `refresh_token`. No `Authorization` header is needed.

    Args:
        body (AuthorizationCodeGrant | RefreshTokenGrant): Form body of `POST /oauth2/token`, one
            per grant type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MonzoError | OAuthToken
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AuthorizationCodeGrant | RefreshTokenGrant,
) -> MonzoError | OAuthToken | None:
    """Exchange an authorization code or a refresh token for an access token

     Two grants share this endpoint:

    * `grant_type=authorization_code`: send `client_id`, `client_secret`, `redirect_uri` (exactly
      the one used in the authorisation redirect) and the `code` received on the callback.
    * `grant_type=refresh_token`: send `client_id`, `client_secret` and `refresh_token`. The
      response holds a new access token **and a new refresh token**; the old access token and the
      old refresh token stop working, so always store the new refresh token.

    Only confidential clients receive a `refresh_token`. No `Authorization` header is needed.

    Args:
        body (AuthorizationCodeGrant | RefreshTokenGrant): Form body of `POST /oauth2/token`, one
            per grant type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MonzoError | OAuthToken
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
