from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feed_item_type import FeedItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FeedItemRequest")


@_attrs_define
class FeedItemRequest:
    """Form body of `POST /feed` for a `basic` item; the `params[...]` names are literal form keys.

    Attributes:
        account_id (str):
        type_ (FeedItemType): Feed item type; only `basic` exists.
        paramstitle (str): Title of the item.
        paramsimage_url (str): URL of the icon (an animated GIF is allowed).
        url (str | Unset): Opened when the user taps the item.
        paramsbody (str | Unset): Body text.
        paramsbackground_color (str | Unset): Background colour, `#RRGGBB`.
        paramstitle_color (str | Unset): Title colour, `#RRGGBB`.
        paramsbody_color (str | Unset): Body colour, `#RRGGBB`.
    """

    account_id: str
    type_: FeedItemType
    paramstitle: str
    paramsimage_url: str
    url: str | Unset = UNSET
    paramsbody: str | Unset = UNSET
    paramsbackground_color: str | Unset = UNSET
    paramstitle_color: str | Unset = UNSET
    paramsbody_color: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        type_ = self.type_.value

        paramstitle = self.paramstitle

        paramsimage_url = self.paramsimage_url

        url = self.url

        paramsbody = self.paramsbody

        paramsbackground_color = self.paramsbackground_color

        paramstitle_color = self.paramstitle_color

        paramsbody_color = self.paramsbody_color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "type": type_,
                "params[title]": paramstitle,
                "params[image_url]": paramsimage_url,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if paramsbody is not UNSET:
            field_dict["params[body]"] = paramsbody
        if paramsbackground_color is not UNSET:
            field_dict["params[background_color]"] = paramsbackground_color
        if paramstitle_color is not UNSET:
            field_dict["params[title_color]"] = paramstitle_color
        if paramsbody_color is not UNSET:
            field_dict["params[body_color]"] = paramsbody_color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        type_ = FeedItemType(d.pop("type"))

        paramstitle = d.pop("params[title]")

        paramsimage_url = d.pop("params[image_url]")

        url = d.pop("url", UNSET)

        paramsbody = d.pop("params[body]", UNSET)

        paramsbackground_color = d.pop("params[background_color]", UNSET)

        paramstitle_color = d.pop("params[title_color]", UNSET)

        paramsbody_color = d.pop("params[body_color]", UNSET)

        feed_item_request = cls(
            account_id=account_id,
            type_=type_,
            paramstitle=paramstitle,
            paramsimage_url=paramsimage_url,
            url=url,
            paramsbody=paramsbody,
            paramsbackground_color=paramsbackground_color,
            paramstitle_color=paramstitle_color,
            paramsbody_color=paramsbody_color,
        )

        feed_item_request.additional_properties = d
        return feed_item_request

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
