from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Pot")


@_attrs_define
class Pot:
    """A savings pot. Deleted pots are still listed with `deleted` true.

    Attributes:
        id (str): Pot id (`pot_…`).
        name (str):
        style (str): Cover style name, e.g. `beach_ball`, `raspberry`.
        balance (int): Amount in the pot, minor units.
        currency (str):
        created (datetime.datetime):
        updated (datetime.datetime):
        deleted (bool):
        goal_amount (int | None | Unset): Savings goal in minor units; absent when no goal is set.
        type_ (str | Unset): Pot product type, e.g. `default`, `flexible_savings`.
        product_id (str | Unset):
        current_account_id (str | Unset): The current account the pot belongs to.
        cover_image_url (str | Unset):
        isa_wrapper (str | Unset): ISA wrapper name, usually `""`.
        round_up (bool | Unset):
        round_up_multiplier (int | None | Unset):
        is_tax_pot (bool | Unset):
        locked (bool | Unset):
        available_for_bills (bool | Unset):
        has_virtual_cards (bool | Unset):
    """

    id: str
    name: str
    style: str
    balance: int
    currency: str
    created: datetime.datetime
    updated: datetime.datetime
    deleted: bool
    goal_amount: int | None | Unset = UNSET
    type_: str | Unset = UNSET
    product_id: str | Unset = UNSET
    current_account_id: str | Unset = UNSET
    cover_image_url: str | Unset = UNSET
    isa_wrapper: str | Unset = UNSET
    round_up: bool | Unset = UNSET
    round_up_multiplier: int | None | Unset = UNSET
    is_tax_pot: bool | Unset = UNSET
    locked: bool | Unset = UNSET
    available_for_bills: bool | Unset = UNSET
    has_virtual_cards: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        style = self.style

        balance = self.balance

        currency = self.currency

        created = (
            self.created.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            if self.created.tzinfo
            else self.created.isoformat()
        )

        updated = (
            self.updated.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            if self.updated.tzinfo
            else self.updated.isoformat()
        )

        deleted = self.deleted

        goal_amount: int | None | Unset
        if isinstance(self.goal_amount, Unset):
            goal_amount = UNSET
        else:
            goal_amount = self.goal_amount

        type_ = self.type_

        product_id = self.product_id

        current_account_id = self.current_account_id

        cover_image_url = self.cover_image_url

        isa_wrapper = self.isa_wrapper

        round_up = self.round_up

        round_up_multiplier: int | None | Unset
        if isinstance(self.round_up_multiplier, Unset):
            round_up_multiplier = UNSET
        else:
            round_up_multiplier = self.round_up_multiplier

        is_tax_pot = self.is_tax_pot

        locked = self.locked

        available_for_bills = self.available_for_bills

        has_virtual_cards = self.has_virtual_cards

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "style": style,
                "balance": balance,
                "currency": currency,
                "created": created,
                "updated": updated,
                "deleted": deleted,
            }
        )
        if goal_amount is not UNSET:
            field_dict["goal_amount"] = goal_amount
        if type_ is not UNSET:
            field_dict["type"] = type_
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if current_account_id is not UNSET:
            field_dict["current_account_id"] = current_account_id
        if cover_image_url is not UNSET:
            field_dict["cover_image_url"] = cover_image_url
        if isa_wrapper is not UNSET:
            field_dict["isa_wrapper"] = isa_wrapper
        if round_up is not UNSET:
            field_dict["round_up"] = round_up
        if round_up_multiplier is not UNSET:
            field_dict["round_up_multiplier"] = round_up_multiplier
        if is_tax_pot is not UNSET:
            field_dict["is_tax_pot"] = is_tax_pot
        if locked is not UNSET:
            field_dict["locked"] = locked
        if available_for_bills is not UNSET:
            field_dict["available_for_bills"] = available_for_bills
        if has_virtual_cards is not UNSET:
            field_dict["has_virtual_cards"] = has_virtual_cards

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        style = d.pop("style")

        balance = d.pop("balance")

        currency = d.pop("currency")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        updated = datetime.datetime.fromisoformat(d.pop("updated"))

        deleted = d.pop("deleted")

        def _parse_goal_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        goal_amount = _parse_goal_amount(d.pop("goal_amount", UNSET))

        type_ = d.pop("type", UNSET)

        product_id = d.pop("product_id", UNSET)

        current_account_id = d.pop("current_account_id", UNSET)

        cover_image_url = d.pop("cover_image_url", UNSET)

        isa_wrapper = d.pop("isa_wrapper", UNSET)

        round_up = d.pop("round_up", UNSET)

        def _parse_round_up_multiplier(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        round_up_multiplier = _parse_round_up_multiplier(d.pop("round_up_multiplier", UNSET))

        is_tax_pot = d.pop("is_tax_pot", UNSET)

        locked = d.pop("locked", UNSET)

        available_for_bills = d.pop("available_for_bills", UNSET)

        has_virtual_cards = d.pop("has_virtual_cards", UNSET)

        pot = cls(
            id=id,
            name=name,
            style=style,
            balance=balance,
            currency=currency,
            created=created,
            updated=updated,
            deleted=deleted,
            goal_amount=goal_amount,
            type_=type_,
            product_id=product_id,
            current_account_id=current_account_id,
            cover_image_url=cover_image_url,
            isa_wrapper=isa_wrapper,
            round_up=round_up,
            round_up_multiplier=round_up_multiplier,
            is_tax_pot=is_tax_pot,
            locked=locked,
            available_for_bills=available_for_bills,
            has_virtual_cards=has_virtual_cards,
        )

        pot.additional_properties = d
        return pot

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
