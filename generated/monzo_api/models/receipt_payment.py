from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.receipt_payment_type import ReceiptPaymentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReceiptPayment")


@_attrs_define
class ReceiptPayment:
    """How (part of) the receipt was paid. Card fields apply to `card`, `gift_card_type` to `gift_card`.

    Attributes:
        type_ (ReceiptPaymentType):
        amount (int):
        currency (str):
        last_four (str | Unset):
        gift_card_type (str | Unset):
        bin_ (str | Unset):
        auth_code (str | Unset):
        aid (str | Unset):
        mid (str | Unset):
        tid (str | Unset):
    """

    type_: ReceiptPaymentType
    amount: int
    currency: str
    last_four: str | Unset = UNSET
    gift_card_type: str | Unset = UNSET
    bin_: str | Unset = UNSET
    auth_code: str | Unset = UNSET
    aid: str | Unset = UNSET
    mid: str | Unset = UNSET
    tid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        amount = self.amount

        currency = self.currency

        last_four = self.last_four

        gift_card_type = self.gift_card_type

        bin_ = self.bin_

        auth_code = self.auth_code

        aid = self.aid

        mid = self.mid

        tid = self.tid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "amount": amount,
                "currency": currency,
            }
        )
        if last_four is not UNSET:
            field_dict["last_four"] = last_four
        if gift_card_type is not UNSET:
            field_dict["gift_card_type"] = gift_card_type
        if bin_ is not UNSET:
            field_dict["bin"] = bin_
        if auth_code is not UNSET:
            field_dict["auth_code"] = auth_code
        if aid is not UNSET:
            field_dict["aid"] = aid
        if mid is not UNSET:
            field_dict["mid"] = mid
        if tid is not UNSET:
            field_dict["tid"] = tid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = ReceiptPaymentType(d.pop("type"))

        amount = d.pop("amount")

        currency = d.pop("currency")

        last_four = d.pop("last_four", UNSET)

        gift_card_type = d.pop("gift_card_type", UNSET)

        bin_ = d.pop("bin", UNSET)

        auth_code = d.pop("auth_code", UNSET)

        aid = d.pop("aid", UNSET)

        mid = d.pop("mid", UNSET)

        tid = d.pop("tid", UNSET)

        receipt_payment = cls(
            type_=type_,
            amount=amount,
            currency=currency,
            last_four=last_four,
            gift_card_type=gift_card_type,
            bin_=bin_,
            auth_code=auth_code,
            aid=aid,
            mid=mid,
            tid=tid,
        )

        receipt_payment.additional_properties = d
        return receipt_payment

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
