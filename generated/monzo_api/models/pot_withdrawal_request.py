from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PotWithdrawalRequest")


@_attrs_define
class PotWithdrawalRequest:
    """Form body of `PUT /pots/{pot_id}/withdraw`.

    Attributes:
        destination_account_id (str): The account the money goes to.
        amount (int): Amount in minor units.
        dedupe_id (str): Idempotency key; send the same value when retrying.
    """

    destination_account_id: str
    amount: int
    dedupe_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination_account_id = self.destination_account_id

        amount = self.amount

        dedupe_id = self.dedupe_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destination_account_id": destination_account_id,
                "amount": amount,
                "dedupe_id": dedupe_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        destination_account_id = d.pop("destination_account_id")

        amount = d.pop("amount")

        dedupe_id = d.pop("dedupe_id")

        pot_withdrawal_request = cls(
            destination_account_id=destination_account_id,
            amount=amount,
            dedupe_id=dedupe_id,
        )

        pot_withdrawal_request.additional_properties = d
        return pot_withdrawal_request

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
