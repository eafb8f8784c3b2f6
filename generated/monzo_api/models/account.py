from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_type import AccountType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_owner import AccountOwner
    from ..models.account_payment_details import AccountPaymentDetails


T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """A Monzo account. Only `id`, `description` and `created` are documented; the other fields are
    present in real responses. `description` is frequently the owner's `user_…` id.

        Attributes:
            id (str): Account id (`acc_…`).
            description (str):
            created (datetime.datetime):
            closed (bool | Unset):
            type_ (AccountType | Unset): Kind of account. `uk_retail` and `uk_retail_joint` are documented; the others are
                seen in
                real responses (`uk_prepaid` = old prepaid cards, closed).
            currency (str | Unset): ISO 4217 code.
            country_code (str | Unset): ISO 3166-1 alpha-2 code.
            owners (list[AccountOwner] | Unset):
            account_number (str | Unset):
            sort_code (str | Unset):
            payment_details (AccountPaymentDetails | Unset): Bank details of an account, per locale.
    """

    id: str
    description: str
    created: datetime.datetime
    closed: bool | Unset = UNSET
    type_: AccountType | Unset = UNSET
    currency: str | Unset = UNSET
    country_code: str | Unset = UNSET
    owners: list[AccountOwner] | Unset = UNSET
    account_number: str | Unset = UNSET
    sort_code: str | Unset = UNSET
    payment_details: AccountPaymentDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        created = (
            self.created.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            if self.created.tzinfo
            else self.created.isoformat()
        )

        closed = self.closed

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        currency = self.currency

        country_code = self.country_code

        owners: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.owners, Unset):
            owners = []
            for owners_item_data in self.owners:
                owners_item = owners_item_data.to_dict()
                owners.append(owners_item)

        account_number = self.account_number

        sort_code = self.sort_code

        payment_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_details, Unset):
            payment_details = self.payment_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "description": description,
                "created": created,
            }
        )
        if closed is not UNSET:
            field_dict["closed"] = closed
        if type_ is not UNSET:
            field_dict["type"] = type_
        if currency is not UNSET:
            field_dict["currency"] = currency
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if owners is not UNSET:
            field_dict["owners"] = owners
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if sort_code is not UNSET:
            field_dict["sort_code"] = sort_code
        if payment_details is not UNSET:
            field_dict["payment_details"] = payment_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_owner import AccountOwner  # noqa: PLC0415
        from ..models.account_payment_details import AccountPaymentDetails  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        description = d.pop("description")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        closed = d.pop("closed", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: AccountType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AccountType(_type_)

        currency = d.pop("currency", UNSET)

        country_code = d.pop("country_code", UNSET)

        _owners = d.pop("owners", UNSET)
        owners: list[AccountOwner] | Unset = UNSET
        if _owners is not UNSET:
            owners = []
            for owners_item_data in _owners:
                owners_item = AccountOwner.from_dict(owners_item_data)

                owners.append(owners_item)

        account_number = d.pop("account_number", UNSET)

        sort_code = d.pop("sort_code", UNSET)

        _payment_details = d.pop("payment_details", UNSET)
        payment_details: AccountPaymentDetails | Unset
        if isinstance(_payment_details, Unset):
            payment_details = UNSET
        else:
            payment_details = AccountPaymentDetails.from_dict(_payment_details)

        account = cls(
            id=id,
            description=description,
            created=created,
            closed=closed,
            type_=type_,
            currency=currency,
            country_code=country_code,
            owners=owners,
            account_number=account_number,
            sort_code=sort_code,
            payment_details=payment_details,
        )

        account.additional_properties = d
        return account

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
