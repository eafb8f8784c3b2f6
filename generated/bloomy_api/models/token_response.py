from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenResponse")


@_attrs_define
class TokenResponse:
    """Bearer token issued by `POST /Token`. Tokens last about two weeks (`expires_in` about 1209599 seconds) and are not
    refreshed automatically.

        Example:
            {'access_token': 'kR3x9vT0mQ7bL2sNfA8wYcE5uHjD1pZg6oViXqW4eBtMnKlS', 'token_type': 'bearer', 'expires_in':
                1209599, 'userName': 'jane.cooper@acme.example', '.issued': 'Mon, 24 Jun 2024 14:00:00 GMT', '.expires': 'Mon,
                08 Jul 2024 14:00:00 GMT'}

        Attributes:
            access_token (str): The bearer token to send as `Authorization: Bearer <token>`.
            token_type (str | Unset): Always `bearer`.
            expires_in (int | None | Unset): Lifetime in seconds.
            user_name (None | str | Unset): The login the token was issued to.
            issued (None | str | Unset): Issue time as an HTTP date string.
            expires (None | str | Unset): Expiry time as an HTTP date string.
    """

    access_token: str
    token_type: str | Unset = UNSET
    expires_in: int | None | Unset = UNSET
    user_name: None | str | Unset = UNSET
    issued: None | str | Unset = UNSET
    expires: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type = self.token_type

        expires_in: int | None | Unset
        if isinstance(self.expires_in, Unset):
            expires_in = UNSET
        else:
            expires_in = self.expires_in

        user_name: None | str | Unset
        if isinstance(self.user_name, Unset):
            user_name = UNSET
        else:
            user_name = self.user_name

        issued: None | str | Unset
        if isinstance(self.issued, Unset):
            issued = UNSET
        else:
            issued = self.issued

        expires: None | str | Unset
        if isinstance(self.expires, Unset):
            expires = UNSET
        else:
            expires = self.expires

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
            }
        )
        if token_type is not UNSET:
            field_dict["token_type"] = token_type
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if issued is not UNSET:
            field_dict[".issued"] = issued
        if expires is not UNSET:
            field_dict[".expires"] = expires

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_token = d.pop("access_token")

        token_type = d.pop("token_type", UNSET)

        def _parse_expires_in(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expires_in = _parse_expires_in(d.pop("expires_in", UNSET))

        def _parse_user_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_name = _parse_user_name(d.pop("userName", UNSET))

        def _parse_issued(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issued = _parse_issued(d.pop(".issued", UNSET))

        def _parse_expires(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expires = _parse_expires(d.pop(".expires", UNSET))

        token_response = cls(
            access_token=access_token,
            token_type=token_type,
            expires_in=expires_in,
            user_name=user_name,
            issued=issued,
            expires=expires,
        )

        token_response.additional_properties = d
        return token_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
