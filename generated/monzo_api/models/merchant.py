from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.merchant_address import MerchantAddress
    from ..models.merchant_metadata import MerchantMetadata


T = TypeVar("T", bound="Merchant")


@_attrs_define
class Merchant:
    """A merchant, as returned when `expand[]=merchant` is sent (and in webhook events).

    Attributes:
        id (str): Merchant id (`merch_…`).
        group_id (str): Merchant group id (`grp_…`), shared by the branches of a chain.
        name (str):
        category (str): The merchant's default category (see `Transaction.category`).
        created (datetime.datetime):
        logo (str | Unset): Logo URL.
        emoji (str | Unset):
        address (MerchantAddress | Unset): Address of a merchant. Online merchants often have empty strings here.
        online (bool | Unset):
        atm (bool | Unset):
        disable_feedback (bool | Unset):
        metadata (MerchantMetadata | Unset): Extra merchant data (place ids, website, ...), string values.
        suggested_tags (str | Unset): Not always present.
    """

    id: str
    group_id: str
    name: str
    category: str
    created: datetime.datetime
    logo: str | Unset = UNSET
    emoji: str | Unset = UNSET
    address: MerchantAddress | Unset = UNSET
    online: bool | Unset = UNSET
    atm: bool | Unset = UNSET
    disable_feedback: bool | Unset = UNSET
    metadata: MerchantMetadata | Unset = UNSET
    suggested_tags: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        group_id = self.group_id

        name = self.name

        category = self.category

        created = (
            self.created.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            if self.created.tzinfo
            else self.created.isoformat()
        )

        logo = self.logo

        emoji = self.emoji

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        online = self.online

        atm = self.atm

        disable_feedback = self.disable_feedback

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        suggested_tags = self.suggested_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "group_id": group_id,
                "name": name,
                "category": category,
                "created": created,
            }
        )
        if logo is not UNSET:
            field_dict["logo"] = logo
        if emoji is not UNSET:
            field_dict["emoji"] = emoji
        if address is not UNSET:
            field_dict["address"] = address
        if online is not UNSET:
            field_dict["online"] = online
        if atm is not UNSET:
            field_dict["atm"] = atm
        if disable_feedback is not UNSET:
            field_dict["disable_feedback"] = disable_feedback
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if suggested_tags is not UNSET:
            field_dict["suggested_tags"] = suggested_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.merchant_address import MerchantAddress  # noqa: PLC0415
        from ..models.merchant_metadata import MerchantMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        group_id = d.pop("group_id")

        name = d.pop("name")

        category = d.pop("category")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        logo = d.pop("logo", UNSET)

        emoji = d.pop("emoji", UNSET)

        _address = d.pop("address", UNSET)
        address: MerchantAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = MerchantAddress.from_dict(_address)

        online = d.pop("online", UNSET)

        atm = d.pop("atm", UNSET)

        disable_feedback = d.pop("disable_feedback", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MerchantMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MerchantMetadata.from_dict(_metadata)

        suggested_tags = d.pop("suggested_tags", UNSET)

        merchant = cls(
            id=id,
            group_id=group_id,
            name=name,
            category=category,
            created=created,
            logo=logo,
            emoji=emoji,
            address=address,
            online=online,
            atm=atm,
            disable_feedback=disable_feedback,
            metadata=metadata,
            suggested_tags=suggested_tags,
        )

        merchant.additional_properties = d
        return merchant

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
