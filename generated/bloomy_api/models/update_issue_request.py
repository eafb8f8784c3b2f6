from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_issue_request_compartment import UpdateIssueRequestCompartment
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateIssueRequest")


@_attrs_define
class UpdateIssueRequest:
    """Body of `PUT issues/{issueId}`. Omitted fields are unchanged. `notes` is sent by the Python SDK but is not in the
    official description.

        Example:
            {'title': 'Customer churn is up 4% this quarter', 'ownerId': 345690}

        Attributes:
            title (str | Unset): New title.
            owner_id (int | Unset): New owner.
            compartment (UpdateIssueRequestCompartment | Unset): ShortTerm = Level 10 list, LongTerm = V/TO.
            notes (str | Unset): New notes.
    """

    title: str | Unset = UNSET
    owner_id: int | Unset = UNSET
    compartment: UpdateIssueRequestCompartment | Unset = UNSET
    notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        owner_id = self.owner_id

        compartment: str | Unset = UNSET
        if not isinstance(self.compartment, Unset):
            compartment = self.compartment.value

        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if compartment is not UNSET:
            field_dict["compartment"] = compartment
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        owner_id = d.pop("ownerId", UNSET)

        _compartment = d.pop("compartment", UNSET)
        compartment: UpdateIssueRequestCompartment | Unset
        if isinstance(_compartment, Unset):
            compartment = UNSET
        else:
            compartment = UpdateIssueRequestCompartment(_compartment)

        notes = d.pop("notes", UNSET)

        update_issue_request = cls(
            title=title,
            owner_id=owner_id,
            compartment=compartment,
            notes=notes,
        )

        update_issue_request.additional_properties = d
        return update_issue_request

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
