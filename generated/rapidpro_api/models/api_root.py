from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiRoot")


@_attrs_define
class ApiRoot:
    """Endpoint name → absolute URL (without `.json`).

    Attributes:
        archives (str | Unset):
        broadcasts (str | Unset):
        campaigns (str | Unset):
        campaign_events (str | Unset):
        channels (str | Unset):
        contacts (str | Unset):
        contact_actions (str | Unset):
        fields (str | Unset):
        flow_starts (str | Unset):
        flows (str | Unset):
        globals_ (str | Unset):
        groups (str | Unset):
        labels (str | Unset):
        media (str | Unset):
        messages (str | Unset):
        message_actions (str | Unset):
        resthooks (str | Unset):
        resthook_events (str | Unset):
        resthook_subscribers (str | Unset):
        runs (str | Unset):
        tickets (str | Unset):
        ticket_actions (str | Unset):
        topics (str | Unset):
        users (str | Unset):
        workspace (str | Unset):
    """

    archives: str | Unset = UNSET
    broadcasts: str | Unset = UNSET
    campaigns: str | Unset = UNSET
    campaign_events: str | Unset = UNSET
    channels: str | Unset = UNSET
    contacts: str | Unset = UNSET
    contact_actions: str | Unset = UNSET
    fields: str | Unset = UNSET
    flow_starts: str | Unset = UNSET
    flows: str | Unset = UNSET
    globals_: str | Unset = UNSET
    groups: str | Unset = UNSET
    labels: str | Unset = UNSET
    media: str | Unset = UNSET
    messages: str | Unset = UNSET
    message_actions: str | Unset = UNSET
    resthooks: str | Unset = UNSET
    resthook_events: str | Unset = UNSET
    resthook_subscribers: str | Unset = UNSET
    runs: str | Unset = UNSET
    tickets: str | Unset = UNSET
    ticket_actions: str | Unset = UNSET
    topics: str | Unset = UNSET
    users: str | Unset = UNSET
    workspace: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        archives = self.archives

        broadcasts = self.broadcasts

        campaigns = self.campaigns

        campaign_events = self.campaign_events

        channels = self.channels

        contacts = self.contacts

        contact_actions = self.contact_actions

        fields = self.fields

        flow_starts = self.flow_starts

        flows = self.flows

        globals_ = self.globals_

        groups = self.groups

        labels = self.labels

        media = self.media

        messages = self.messages

        message_actions = self.message_actions

        resthooks = self.resthooks

        resthook_events = self.resthook_events

        resthook_subscribers = self.resthook_subscribers

        runs = self.runs

        tickets = self.tickets

        ticket_actions = self.ticket_actions

        topics = self.topics

        users = self.users

        workspace = self.workspace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if archives is not UNSET:
            field_dict["archives"] = archives
        if broadcasts is not UNSET:
            field_dict["broadcasts"] = broadcasts
        if campaigns is not UNSET:
            field_dict["campaigns"] = campaigns
        if campaign_events is not UNSET:
            field_dict["campaign_events"] = campaign_events
        if channels is not UNSET:
            field_dict["channels"] = channels
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if contact_actions is not UNSET:
            field_dict["contact_actions"] = contact_actions
        if fields is not UNSET:
            field_dict["fields"] = fields
        if flow_starts is not UNSET:
            field_dict["flow_starts"] = flow_starts
        if flows is not UNSET:
            field_dict["flows"] = flows
        if globals_ is not UNSET:
            field_dict["globals"] = globals_
        if groups is not UNSET:
            field_dict["groups"] = groups
        if labels is not UNSET:
            field_dict["labels"] = labels
        if media is not UNSET:
            field_dict["media"] = media
        if messages is not UNSET:
            field_dict["messages"] = messages
        if message_actions is not UNSET:
            field_dict["message_actions"] = message_actions
        if resthooks is not UNSET:
            field_dict["resthooks"] = resthooks
        if resthook_events is not UNSET:
            field_dict["resthook_events"] = resthook_events
        if resthook_subscribers is not UNSET:
            field_dict["resthook_subscribers"] = resthook_subscribers
        if runs is not UNSET:
            field_dict["runs"] = runs
        if tickets is not UNSET:
            field_dict["tickets"] = tickets
        if ticket_actions is not UNSET:
            field_dict["ticket_actions"] = ticket_actions
        if topics is not UNSET:
            field_dict["topics"] = topics
        if users is not UNSET:
            field_dict["users"] = users
        if workspace is not UNSET:
            field_dict["workspace"] = workspace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        archives = d.pop("archives", UNSET)

        broadcasts = d.pop("broadcasts", UNSET)

        campaigns = d.pop("campaigns", UNSET)

        campaign_events = d.pop("campaign_events", UNSET)

        channels = d.pop("channels", UNSET)

        contacts = d.pop("contacts", UNSET)

        contact_actions = d.pop("contact_actions", UNSET)

        fields = d.pop("fields", UNSET)

        flow_starts = d.pop("flow_starts", UNSET)

        flows = d.pop("flows", UNSET)

        globals_ = d.pop("globals", UNSET)

        groups = d.pop("groups", UNSET)

        labels = d.pop("labels", UNSET)

        media = d.pop("media", UNSET)

        messages = d.pop("messages", UNSET)

        message_actions = d.pop("message_actions", UNSET)

        resthooks = d.pop("resthooks", UNSET)

        resthook_events = d.pop("resthook_events", UNSET)

        resthook_subscribers = d.pop("resthook_subscribers", UNSET)

        runs = d.pop("runs", UNSET)

        tickets = d.pop("tickets", UNSET)

        ticket_actions = d.pop("ticket_actions", UNSET)

        topics = d.pop("topics", UNSET)

        users = d.pop("users", UNSET)

        workspace = d.pop("workspace", UNSET)

        api_root = cls(
            archives=archives,
            broadcasts=broadcasts,
            campaigns=campaigns,
            campaign_events=campaign_events,
            channels=channels,
            contacts=contacts,
            contact_actions=contact_actions,
            fields=fields,
            flow_starts=flow_starts,
            flows=flows,
            globals_=globals_,
            groups=groups,
            labels=labels,
            media=media,
            messages=messages,
            message_actions=message_actions,
            resthooks=resthooks,
            resthook_events=resthook_events,
            resthook_subscribers=resthook_subscribers,
            runs=runs,
            tickets=tickets,
            ticket_actions=ticket_actions,
            topics=topics,
            users=users,
            workspace=workspace,
        )

        api_root.additional_properties = d
        return api_root

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
