from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.monzo_error_params import MonzoErrorParams


T = TypeVar("T", bound="MonzoError")


@_attrs_define
class MonzoError:
    """Error body. `code` is a dotted string whose first segment is the category (`bad_request`,
    `unauthorized`, `forbidden`, `not_found`, `precondition_failed`, `rate_limited`,
    `internal_service`, `timeout`, `bad_response`, `unknown`). Authentication errors add the
    OAuth fields `error` (e.g. `invalid_token`) and `error_description`. Some bodies carry
    fields of Monzo's internal error library (`retryable`, `marshal_count`, `unexpected`).

        Attributes:
            code (str):
            message (str):
            error (str | Unset): OAuth error, e.g. `invalid_token`.
            error_description (str | Unset):
            params (MonzoErrorParams | Unset): Parameters attached to the error (string values).
            retryable (Any | Unset): Retryability marker of Monzo's error library (seen as `{}`).
            marshal_count (int | Unset):
            unexpected (Any | Unset): Internal marker of Monzo's error library (seen as `{}`).
    """

    code: str
    message: str
    error: str | Unset = UNSET
    error_description: str | Unset = UNSET
    params: MonzoErrorParams | Unset = UNSET
    retryable: Any | Unset = UNSET
    marshal_count: int | Unset = UNSET
    unexpected: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        error = self.error

        error_description = self.error_description

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        retryable = self.retryable

        marshal_count = self.marshal_count

        unexpected = self.unexpected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if error_description is not UNSET:
            field_dict["error_description"] = error_description
        if params is not UNSET:
            field_dict["params"] = params
        if retryable is not UNSET:
            field_dict["retryable"] = retryable
        if marshal_count is not UNSET:
            field_dict["marshal_count"] = marshal_count
        if unexpected is not UNSET:
            field_dict["unexpected"] = unexpected

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.monzo_error_params import MonzoErrorParams  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        error = d.pop("error", UNSET)

        error_description = d.pop("error_description", UNSET)

        _params = d.pop("params", UNSET)
        params: MonzoErrorParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = MonzoErrorParams.from_dict(_params)

        retryable = d.pop("retryable", UNSET)

        marshal_count = d.pop("marshal_count", UNSET)

        unexpected = d.pop("unexpected", UNSET)

        monzo_error = cls(
            code=code,
            message=message,
            error=error,
            error_description=error_description,
            params=params,
            retryable=retryable,
            marshal_count=marshal_count,
            unexpected=unexpected,
        )

        monzo_error.additional_properties = d
        return monzo_error

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
