from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transaction_created_event_type import TransactionCreatedEventType

if TYPE_CHECKING:
    from ..models.transaction import Transaction


T = TypeVar("T", bound="TransactionCreatedEvent")


@_attrs_define
class TransactionCreatedEvent:
    """The `transaction.created` event: `data` is the new transaction with `account_id` set and
    `merchant` expanded (or null).

        Attributes:
            type_ (TransactionCreatedEventType):
            data (Transaction): A movement of money into (positive `amount`) or out of (negative) an account. Real
                responses carry many undocumented fields; all are optional here.
    """

    type_: TransactionCreatedEventType
    data: Transaction
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transaction import Transaction  # noqa: PLC0415

        d = dict(src_dict)
        type_ = TransactionCreatedEventType(d.pop("type"))

        data = Transaction.from_dict(d.pop("data"))

        transaction_created_event = cls(
            type_=type_,
            data=data,
        )

        transaction_created_event.additional_properties = d
        return transaction_created_event

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
