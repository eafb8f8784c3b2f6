from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.local_spend import LocalSpend


T = TypeVar("T", bound="Balance")


@_attrs_define
class Balance:
    """Balance of an account, in minor units.

    Attributes:
        balance (int): Available balance, pending transactions included.
        total_balance (int): `balance` plus all the user's pots.
        currency (str): ISO 4217 code.
        spend_today (int): Amount spent since about 4am today (negative when money went out).
        balance_including_flexible_savings (int | Unset): Balance plus flexible savings pots (an amount, not a flag).
        local_currency (str | Unset): Currency of spending abroad, or `""`.
        local_exchange_rate (float | Unset):
        local_spend (list[LocalSpend] | Unset):
    """

    balance: int
    total_balance: int
    currency: str
    spend_today: int
    balance_including_flexible_savings: int | Unset = UNSET
    local_currency: str | Unset = UNSET
    local_exchange_rate: float | Unset = UNSET
    local_spend: list[LocalSpend] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance = self.balance

        total_balance = self.total_balance

        currency = self.currency

        spend_today = self.spend_today

        balance_including_flexible_savings = self.balance_including_flexible_savings

        local_currency = self.local_currency

        local_exchange_rate = self.local_exchange_rate

        local_spend: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.local_spend, Unset):
            local_spend = []
            for local_spend_item_data in self.local_spend:
                local_spend_item = local_spend_item_data.to_dict()
                local_spend.append(local_spend_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance": balance,
                "total_balance": total_balance,
                "currency": currency,
                "spend_today": spend_today,
            }
        )
        if balance_including_flexible_savings is not UNSET:
            field_dict["balance_including_flexible_savings"] = balance_including_flexible_savings
        if local_currency is not UNSET:
            field_dict["local_currency"] = local_currency
        if local_exchange_rate is not UNSET:
            field_dict["local_exchange_rate"] = local_exchange_rate
        if local_spend is not UNSET:
            field_dict["local_spend"] = local_spend

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.local_spend import LocalSpend  # noqa: PLC0415

        d = dict(src_dict)
        balance = d.pop("balance")

        total_balance = d.pop("total_balance")

        currency = d.pop("currency")

        spend_today = d.pop("spend_today")

        balance_including_flexible_savings = d.pop("balance_including_flexible_savings", UNSET)

        local_currency = d.pop("local_currency", UNSET)

        local_exchange_rate = d.pop("local_exchange_rate", UNSET)

        _local_spend = d.pop("local_spend", UNSET)
        local_spend: list[LocalSpend] | Unset = UNSET
        if _local_spend is not UNSET:
            local_spend = []
            for local_spend_item_data in _local_spend:
                local_spend_item = LocalSpend.from_dict(local_spend_item_data)

                local_spend.append(local_spend_item)

        balance = cls(
            balance=balance,
            total_balance=total_balance,
            currency=currency,
            spend_today=spend_today,
            balance_including_flexible_savings=balance_including_flexible_savings,
            local_currency=local_currency,
            local_exchange_rate=local_exchange_rate,
            local_spend=local_spend,
        )

        balance.additional_properties = d
        return balance

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
