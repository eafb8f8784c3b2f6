from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_ref import FlowRef


T = TypeVar("T", bound="TriggerDefinition")


@_attrs_define
class TriggerDefinition:
    """A trigger definition.

    Attributes:
        trigger_type (str | Unset):
        keywords (list[str] | None | Unset):
        flow (FlowRef | Unset): Reference to a flow.
    """

    trigger_type: str | Unset = UNSET
    keywords: list[str] | None | Unset = UNSET
    flow: FlowRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trigger_type = self.trigger_type

        keywords: list[str] | None | Unset
        if isinstance(self.keywords, Unset):
            keywords = UNSET
        elif isinstance(self.keywords, list):
            keywords = self.keywords

        else:
            keywords = self.keywords

        flow: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flow, Unset):
            flow = self.flow.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trigger_type is not UNSET:
            field_dict["trigger_type"] = trigger_type
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if flow is not UNSET:
            field_dict["flow"] = flow

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.flow_ref import FlowRef  # noqa: PLC0415

        d = dict(src_dict)
        trigger_type = d.pop("trigger_type", UNSET)

        def _parse_keywords(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                keywords_type_0 = cast(list[str], data)

                return keywords_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        keywords = _parse_keywords(d.pop("keywords", UNSET))

        _flow = d.pop("flow", UNSET)
        flow: FlowRef | Unset
        if isinstance(_flow, Unset):
            flow = UNSET
        else:
            flow = FlowRef.from_dict(_flow)

        trigger_definition = cls(
            trigger_type=trigger_type,
            keywords=keywords,
            flow=flow,
        )

        trigger_definition.additional_properties = d
        return trigger_definition

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
