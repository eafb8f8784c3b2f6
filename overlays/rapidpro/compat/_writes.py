"""TembaClient's writes: every `create_*`, `update_*`, `delete_*` and `bulk_*`, with its parameters.

Each runs the facade resource's own operation (`contacts.create`, `contacts.bulk_add`, ...), on the
client that retries nothing, as TembaClient: a POST is never sent twice and a 429 raises at once.
References take objects, or their UUIDs (URNs for contacts, keys for fields and globals, ids for
resthook subscribers and messages). Bulk actions return None, as TembaClient's do.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from overlay_runtime import Call, model
from rapidpro_api.api.flow_starts import create_flow_start
from rapidpro_api.api.resthook_subscribers import create_resthook_subscriber
from rapidpro_api.pydantic_models import Broadcast, Campaign, CampaignEvent, Contact, Global, Group, Label, Message
from rapidpro_api.pydantic_models import ContactField as Field

from .._params import Ref
from ..resources.campaigns import EventMessage
from ..resources.contacts import FieldValues
from ..resources.flows import flow_start_body
from ..resources.messages import QuickReplyLike
from ..resources.resthooks import subscriber_body
from ._base import Connection
from ._values import message_ids
from .types import FlowStart, ResthookSubscriber

__all__ = ["Writes"]


def flow_start_call(
    flow: Ref,
    urns: Sequence[str] | None,
    contacts: Sequence[Ref] | None,
    groups: Sequence[Ref] | None,
    restart_participants: bool | None,
    exclude_active: bool | None,
    params: Mapping[str, Any] | None,
) -> Call[FlowStart]:
    body = flow_start_body(flow, urns, contacts, groups, restart_participants, exclude_active, params)
    return Call(create_flow_start.build_request(body=body), parse=model(FlowStart))


def subscriber_call(resthook: Ref, target_url: str) -> Call[ResthookSubscriber]:
    request = create_resthook_subscriber.build_request(body=subscriber_body(resthook, target_url))
    return Call(request, parse=model(ResthookSubscriber))


class Writes(Connection):
    # -- create -----------------------------------------------------------------------------
    def create_broadcast(
        self,
        text: str | Mapping[str, str],
        urns: Sequence[str] | None = None,
        contacts: Sequence[Ref] | None = None,
        groups: Sequence[Ref] | None = None,
    ) -> Broadcast:
        """Send `text` to URNs, contacts and groups."""
        return self._eager.broadcasts.create(text, urns, contacts, groups)

    def create_campaign(self, name: str, group: Ref) -> Campaign:
        return self._eager.campaigns.create(name, group)

    def create_campaign_event(
        self,
        campaign: Ref,
        relative_to: Ref,
        offset: int,
        unit: str,
        delivery_hour: int,
        message: EventMessage | None = None,
        flow: Ref | None = None,
    ) -> CampaignEvent:
        events = self._eager.campaign_events
        return events.create(campaign, relative_to, offset, unit, delivery_hour, message, flow)

    def create_contact(
        self,
        name: str | None = None,
        language: str | None = None,
        urns: Sequence[str] | None = None,
        fields: FieldValues | None = None,
        groups: Sequence[Ref] | None = None,
    ) -> Contact:
        return self._eager.contacts.create(name, language, urns, fields, groups)

    def create_field(self, name: str, type: str) -> Field:
        return self._eager.fields.create(name, type)

    def create_flow_start(
        self,
        flow: Ref,
        urns: Sequence[str] | None = None,
        contacts: Sequence[Ref] | None = None,
        groups: Sequence[Ref] | None = None,
        restart_participants: bool | None = None,
        exclude_active: bool | None = None,
        params: Mapping[str, Any] | None = None,
    ) -> FlowStart:
        """Start `flow` for URNs, contacts and groups; `params` is handed to the flow (`@trigger.params`)."""
        arguments = (flow, urns, contacts, groups, restart_participants, exclude_active, params)
        return self._run(flow_start_call, *arguments)

    def create_global(self, name: str, value: str) -> Global:
        return self._eager.globals.create(name, value)

    def create_group(self, name: str) -> Group:
        return self._eager.groups.create(name)

    def create_label(self, name: str) -> Label:
        return self._eager.labels.create(name)

    def create_message(
        self,
        contact: Ref,
        text: str | None,
        attachments: Sequence[str] | None,
        quick_replies: Sequence[QuickReplyLike] = (),
    ) -> Message:
        """Send a message to `contact`; `attachments` are media UUIDs, `quick_replies` texts or dicts."""
        return self._eager.messages.create(contact, text, attachments, quick_replies)

    def create_resthook_subscriber(self, resthook: Ref, target_url: str) -> ResthookSubscriber:
        return self._run(subscriber_call, resthook, target_url)

    # -- update -----------------------------------------------------------------------------
    def update_campaign(self, campaign: Ref, name: str, group: Ref) -> Campaign:
        return self._eager.campaigns.update(campaign, name, group)

    def update_campaign_event(
        self,
        event: Ref,
        relative_to: Ref,
        offset: int,
        unit: str,
        delivery_hour: int,
        message: EventMessage | None = None,
        flow: Ref | None = None,
    ) -> CampaignEvent:
        """Change an event; the API wants its campaign too, which is read first (one more request)."""
        events = self._eager.campaign_events
        return events.update(event, relative_to, offset, unit, delivery_hour, message, flow)

    def update_contact(
        self,
        contact: Ref,
        name: str | None = None,
        language: str | None = None,
        urns: Sequence[str] | None = None,
        fields: FieldValues | None = None,
        groups: Sequence[Ref] | None = None,
    ) -> Contact:
        """Change a contact given by UUID or URN (a URN nobody has creates the contact, as the API does)."""
        return self._eager.contacts.update(contact, name, language, urns, fields, groups)

    def update_field(self, field: Ref, name: str, type: str) -> Field:
        return self._eager.fields.update(field, name, type)

    def update_global(self, glbl: Ref, value: str) -> Global:
        return self._eager.globals.update(glbl, value)

    def update_group(self, group: Ref, name: str) -> Group:
        return self._eager.groups.update(group, name)

    def update_label(self, label: Ref, name: str) -> Label:
        return self._eager.labels.update(label, name)

    # -- delete -----------------------------------------------------------------------------
    def delete_campaign_event(self, event: Ref) -> None:
        self._eager.campaign_events.delete(event)

    def delete_contact(self, contact: Ref) -> None:
        self._eager.contacts.delete(contact)

    def delete_group(self, group: Ref) -> None:
        self._eager.groups.delete(group)

    def delete_label(self, label: Ref) -> None:
        self._eager.labels.delete(label)

    def delete_resthook_subscriber(self, subscriber: Ref) -> None:
        self._eager.resthook_subscribers.delete(subscriber)

    # -- bulk actions -----------------------------------------------------------------------
    def bulk_add_contacts(self, contacts: Sequence[Ref], group: Ref) -> None:
        self._eager.contacts.bulk_add(contacts, group)

    def bulk_remove_contacts(self, contacts: Sequence[Ref], group: Ref) -> None:
        self._eager.contacts.bulk_remove(contacts, group)

    def bulk_block_contacts(self, contacts: Sequence[Ref]) -> None:
        self._eager.contacts.bulk_block(contacts)

    def bulk_unblock_contacts(self, contacts: Sequence[Ref]) -> None:
        self._eager.contacts.bulk_unblock(contacts)

    def bulk_interrupt_contacts(self, contacts: Sequence[Ref]) -> None:
        self._eager.contacts.bulk_interrupt(contacts)

    def bulk_archive_contact_messages(self, contacts: Sequence[Ref]) -> None:
        self._eager.contacts.bulk_archive_messages(contacts)

    def bulk_delete_contacts(self, contacts: Sequence[Ref]) -> None:
        self._eager.contacts.bulk_delete(contacts)

    def bulk_label_messages(
        self, messages: Sequence[Any], label: Ref | None = None, label_name: str | None = None
    ) -> None:
        """Label incoming messages (ids, or messages) with `label`, or `label_name` (made if missing)."""
        self._eager.messages.bulk_label(self._ids(messages), label, label_name=label_name)

    def bulk_unlabel_messages(
        self, messages: Sequence[Any], label: Ref | None = None, label_name: str | None = None
    ) -> None:
        self._eager.messages.bulk_unlabel(self._ids(messages), label, label_name=label_name)

    def bulk_archive_messages(self, messages: Sequence[Any]) -> None:
        self._eager.messages.bulk_archive(self._ids(messages))

    def bulk_restore_messages(self, messages: Sequence[Any]) -> None:
        self._eager.messages.bulk_restore(self._ids(messages))

    def bulk_delete_messages(self, messages: Sequence[Any]) -> None:
        self._eager.messages.bulk_delete(self._ids(messages))

    def _ids(self, messages: Sequence[Any]) -> list[int]:
        """Integer message ids; anything else is `TembaValidationError`, before any request."""
        return self._eager.build(message_ids, messages)
