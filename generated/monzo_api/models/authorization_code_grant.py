from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.authorization_code_grant_type import AuthorizationCodeGrantType

T = TypeVar("T", bound="AuthorizationCodeGrant")


@_attrs_define
class AuthorizationCodeGrant:
    """Form body of `POST /oauth2/token` that exchanges an authorization code.

    Attributes:
        grant_type (AuthorizationCodeGrantType):
        client_id (str): The OAuth client id (`oauth2client_…`).
        client_secret (str): The OAuth client secret (`mnzconf.…`).
        redirect_uri (str): Exactly the redirect URI used in the authorisation request (path included).
        code (str): The `code` received on the redirect.
    """

    grant_type: AuthorizationCodeGrantType
    client_id: str
    client_secret: str
    redirect_uri: str
    code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        client_id = self.client_id

        client_secret = self.client_secret

        redirect_uri = self.redirect_uri

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
                "client_id": client_id,
                "client_secret": client_secret,
                "redirect_uri": redirect_uri,
                "code": code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grant_type = AuthorizationCodeGrantType(d.pop("grant_type"))

        client_id = d.pop("client_id")

        client_secret = d.pop("client_secret")

        redirect_uri = d.pop("redirect_uri")

        code = d.pop("code")

        authorization_code_grant = cls(
            grant_type=grant_type,
            client_id=client_id,
            client_secret=client_secret,
            redirect_uri=redirect_uri,
            code=code,
        )

        authorization_code_grant.additional_properties = d
        return authorization_code_grant

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
