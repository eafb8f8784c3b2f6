from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rock_completion import RockCompletion
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateRockRequest")


@_attrs_define
class UpdateRockRequest:
    """Body of `PUT rocks/{rockId}`. Omitted fields are unchanged (the Ruby gem always sends `accountableUserId`, which
    reassigns the rock).

        Example:
            {'title': 'Launch the self-serve onboarding flow', 'completion': 'AtRisk'}

        Attributes:
            title (str | Unset): Rock title.
            accountable_user_id (int | Unset): New owner.
            completion (RockCompletion | Unset): Status of a rock.
    """

    title: str | Unset = UNSET
    accountable_user_id: int | Unset = UNSET
    completion: RockCompletion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        accountable_user_id = self.accountable_user_id

        completion: str | Unset = UNSET
        if not isinstance(self.completion, Unset):
            completion = self.completion.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if accountable_user_id is not UNSET:
            field_dict["accountableUserId"] = accountable_user_id
        if completion is not UNSET:
            field_dict["completion"] = completion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        accountable_user_id = d.pop("accountableUserId", UNSET)

        _completion = d.pop("completion", UNSET)
        completion: RockCompletion | Unset
        if isinstance(_completion, Unset):
            completion = UNSET
        else:
            completion = RockCompletion(_completion)

        update_rock_request = cls(
            title=title,
            accountable_user_id=accountable_user_id,
            completion=completion,
        )

        update_rock_request.additional_properties = d
        return update_rock_request

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
