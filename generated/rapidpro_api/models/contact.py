from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_status import ContactStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_field_values import ContactFieldValues
    from ..models.contact_note import ContactNote
    from ..models.contact_urn import ContactUrn
    from ..models.flow_ref import FlowRef
    from ..models.group_ref import GroupRef


T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A contact. Deleted contacts have null name, status and language.

    Attributes:
        uuid (str):
        name (None | str):
        language (None | str): ISO 639-3 code.
        urns (list[ContactUrn | str]): URN strings, or objects with `expand_urns=true`. Paths are `********` on
            anonymous workspaces.
        groups (list[GroupRef]):
        fields (ContactFieldValues): Contact field values by field key. Read: every viewable field, as a string or null
            when unset. Write: at most 100 keys; null or "" clears a value; unknown keys are a 400.
        created_on (datetime.datetime):
        modified_on (datetime.datetime):
        ref (str | Unset): Anonymous reference, anonymous workspaces only.
        anon_display (str | Unset): Same as `ref`.
        status (ContactStatus | None | Unset):
        notes (list[ContactNote] | Unset):
        flow (FlowRef | None | Unset): The flow the contact is currently in.
        last_seen_on (datetime.datetime | None | Unset):
        blocked (bool | None | Unset):
        stopped (bool | None | Unset):
    """

    uuid: str
    name: None | str
    language: None | str
    urns: list[ContactUrn | str]
    groups: list[GroupRef]
    fields: ContactFieldValues
    created_on: datetime.datetime
    modified_on: datetime.datetime
    ref: str | Unset = UNSET
    anon_display: str | Unset = UNSET
    status: ContactStatus | None | Unset = UNSET
    notes: list[ContactNote] | Unset = UNSET
    flow: FlowRef | None | Unset = UNSET
    last_seen_on: datetime.datetime | None | Unset = UNSET
    blocked: bool | None | Unset = UNSET
    stopped: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contact_urn import ContactUrn  # noqa: PLC0415
        from ..models.flow_ref import FlowRef  # noqa: PLC0415

        uuid = self.uuid

        name: None | str
        name = self.name

        language: None | str
        language = self.language

        urns = []
        for urns_item_data in self.urns:
            urns_item: dict[str, Any] | str
            if isinstance(urns_item_data, ContactUrn):
                urns_item = urns_item_data.to_dict()
            else:
                urns_item = urns_item_data
            urns.append(urns_item)

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        fields = self.fields.to_dict()

        created_on = (
            self.created_on.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            if self.created_on.tzinfo
            else self.created_on.isoformat()
        )

        modified_on = (
            self.modified_on.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            if self.modified_on.tzinfo
            else self.modified_on.isoformat()
        )

        ref = self.ref

        anon_display = self.anon_display

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ContactStatus):
            status = self.status.value
        else:
            status = self.status

        notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = []
            for notes_item_data in self.notes:
                notes_item = notes_item_data.to_dict()
                notes.append(notes_item)

        flow: dict[str, Any] | None | Unset
        if isinstance(self.flow, Unset):
            flow = UNSET
        elif isinstance(self.flow, FlowRef):
            flow = self.flow.to_dict()
        else:
            flow = self.flow

        last_seen_on: None | str | Unset
        if isinstance(self.last_seen_on, Unset):
            last_seen_on = UNSET
        elif isinstance(self.last_seen_on, datetime.datetime):
            last_seen_on = (
                self.last_seen_on.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
                if self.last_seen_on.tzinfo
                else self.last_seen_on.isoformat()
            )
        else:
            last_seen_on = self.last_seen_on

        blocked: bool | None | Unset
        if isinstance(self.blocked, Unset):
            blocked = UNSET
        else:
            blocked = self.blocked

        stopped: bool | None | Unset
        if isinstance(self.stopped, Unset):
            stopped = UNSET
        else:
            stopped = self.stopped

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "name": name,
                "language": language,
                "urns": urns,
                "groups": groups,
                "fields": fields,
                "created_on": created_on,
                "modified_on": modified_on,
            }
        )
        if ref is not UNSET:
            field_dict["ref"] = ref
        if anon_display is not UNSET:
            field_dict["anon_display"] = anon_display
        if status is not UNSET:
            field_dict["status"] = status
        if notes is not UNSET:
            field_dict["notes"] = notes
        if flow is not UNSET:
            field_dict["flow"] = flow
        if last_seen_on is not UNSET:
            field_dict["last_seen_on"] = last_seen_on
        if blocked is not UNSET:
            field_dict["blocked"] = blocked
        if stopped is not UNSET:
            field_dict["stopped"] = stopped

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_field_values import ContactFieldValues  # noqa: PLC0415
        from ..models.contact_note import ContactNote  # noqa: PLC0415
        from ..models.contact_urn import ContactUrn  # noqa: PLC0415
        from ..models.flow_ref import FlowRef  # noqa: PLC0415
        from ..models.group_ref import GroupRef  # noqa: PLC0415

        d = dict(src_dict)
        uuid = d.pop("uuid")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_language(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        language = _parse_language(d.pop("language"))

        urns = []
        _urns = d.pop("urns")
        for urns_item_data in _urns:

            def _parse_urns_item(data: object) -> ContactUrn | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    urns_item_type_1 = ContactUrn.from_dict(data)

                    return urns_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ContactUrn | str, data)

            urns_item = _parse_urns_item(urns_item_data)

            urns.append(urns_item)

        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = GroupRef.from_dict(groups_item_data)

            groups.append(groups_item)

        fields = ContactFieldValues.from_dict(d.pop("fields"))

        created_on = datetime.datetime.fromisoformat(d.pop("created_on"))

        modified_on = datetime.datetime.fromisoformat(d.pop("modified_on"))

        ref = d.pop("ref", UNSET)

        anon_display = d.pop("anon_display", UNSET)

        def _parse_status(data: object) -> ContactStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ContactStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        _notes = d.pop("notes", UNSET)
        notes: list[ContactNote] | Unset = UNSET
        if _notes is not UNSET:
            notes = []
            for notes_item_data in _notes:
                notes_item = ContactNote.from_dict(notes_item_data)

                notes.append(notes_item)

        def _parse_flow(data: object) -> FlowRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                flow_type_0 = FlowRef.from_dict(data)

                return flow_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowRef | None | Unset, data)

        flow = _parse_flow(d.pop("flow", UNSET))

        def _parse_last_seen_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_seen_on_type_0 = datetime.datetime.fromisoformat(data)

                return last_seen_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_seen_on = _parse_last_seen_on(d.pop("last_seen_on", UNSET))

        def _parse_blocked(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        blocked = _parse_blocked(d.pop("blocked", UNSET))

        def _parse_stopped(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        stopped = _parse_stopped(d.pop("stopped", UNSET))

        contact = cls(
            uuid=uuid,
            name=name,
            language=language,
            urns=urns,
            groups=groups,
            fields=fields,
            created_on=created_on,
            modified_on=modified_on,
            ref=ref,
            anon_display=anon_display,
            status=status,
            notes=notes,
            flow=flow,
            last_seen_on=last_seen_on,
            blocked=blocked,
            stopped=stopped,
        )

        contact.additional_properties = d
        return contact

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
