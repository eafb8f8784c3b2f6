from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthToken")


@_attrs_define
class OAuthToken:
    """An access token, as returned by both grants of `POST /oauth2/token`.

    Attributes:
        access_token (str):
        client_id (str):
        expires_in (int): Lifetime of the access token in seconds (21600 = 6 hours in practice).
        token_type (str): Always `Bearer`.
        user_id (str):
        refresh_token (str | Unset): Only issued to confidential clients. Each refresh returns a new one and invalidates
            the old one.
    """

    access_token: str
    client_id: str
    expires_in: int
    token_type: str
    user_id: str
    refresh_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        client_id = self.client_id

        expires_in = self.expires_in

        token_type = self.token_type

        user_id = self.user_id

        refresh_token = self.refresh_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "client_id": client_id,
                "expires_in": expires_in,
                "token_type": token_type,
                "user_id": user_id,
            }
        )
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_token = d.pop("access_token")

        client_id = d.pop("client_id")

        expires_in = d.pop("expires_in")

        token_type = d.pop("token_type")

        user_id = d.pop("user_id")

        refresh_token = d.pop("refresh_token", UNSET)

        o_auth_token = cls(
            access_token=access_token,
            client_id=client_id,
            expires_in=expires_in,
            token_type=token_type,
            user_id=user_id,
            refresh_token=refresh_token,
        )

        o_auth_token.additional_properties = d
        return o_auth_token

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
