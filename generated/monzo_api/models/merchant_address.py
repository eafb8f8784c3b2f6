from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MerchantAddress")


@_attrs_define
class MerchantAddress:
    """Address of a merchant. Online merchants often have empty strings here.

    Attributes:
        address (str | Unset):
        city (str | Unset):
        country (str | Unset):
        latitude (float | Unset):
        longitude (float | Unset):
        postcode (str | Unset):
        region (str | Unset):
        formatted (str | Unset):
        short_formatted (str | Unset):
        zoom_level (int | Unset):
        approximate (bool | Unset):
    """

    address: str | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    postcode: str | Unset = UNSET
    region: str | Unset = UNSET
    formatted: str | Unset = UNSET
    short_formatted: str | Unset = UNSET
    zoom_level: int | Unset = UNSET
    approximate: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        city = self.city

        country = self.country

        latitude = self.latitude

        longitude = self.longitude

        postcode = self.postcode

        region = self.region

        formatted = self.formatted

        short_formatted = self.short_formatted

        zoom_level = self.zoom_level

        approximate = self.approximate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if postcode is not UNSET:
            field_dict["postcode"] = postcode
        if region is not UNSET:
            field_dict["region"] = region
        if formatted is not UNSET:
            field_dict["formatted"] = formatted
        if short_formatted is not UNSET:
            field_dict["short_formatted"] = short_formatted
        if zoom_level is not UNSET:
            field_dict["zoom_level"] = zoom_level
        if approximate is not UNSET:
            field_dict["approximate"] = approximate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address", UNSET)

        city = d.pop("city", UNSET)

        country = d.pop("country", UNSET)

        latitude = d.pop("latitude", UNSET)

        longitude = d.pop("longitude", UNSET)

        postcode = d.pop("postcode", UNSET)

        region = d.pop("region", UNSET)

        formatted = d.pop("formatted", UNSET)

        short_formatted = d.pop("short_formatted", UNSET)

        zoom_level = d.pop("zoom_level", UNSET)

        approximate = d.pop("approximate", UNSET)

        merchant_address = cls(
            address=address,
            city=city,
            country=country,
            latitude=latitude,
            longitude=longitude,
            postcode=postcode,
            region=region,
            formatted=formatted,
            short_formatted=short_formatted,
            zoom_level=zoom_level,
            approximate=approximate,
        )

        merchant_address.additional_properties = d
        return merchant_address

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
