"""`client.contacts`: list, create, update (or upsert by URN), delete, and the bulk contact actions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Unpack

from overlay_runtime import Call, ClientT, Pages, Resource, model, nothing, operation, paginated
from rapidpro_api.api.contact_actions import perform_contact_action
from rapidpro_api.api.contacts import delete_contact, list_contacts, save_contact
from rapidpro_api.models import ContactBulkAction, ContactBulkActionType, ContactFieldValues, ContactWrite
from rapidpro_api.pydantic_models import Contact, ContactPage
from rapidpro_api.types import or_unset

from .._paging import pages
from .._params import Ref, free_form, lookup, ref, refs

FieldValues = Mapping[str, str | int | float | None]


def uuid_or_urn(contact: Ref) -> tuple[str | None, str | None]:
    """(uuid, urn): `?urn=` for a string with a scheme (`tel:+250...`), else `?uuid=` (as TembaClient decides)."""
    value = lookup(contact, "uuid", "urn")
    return (None, value) if ":" in value else (value, None)


def contact_body(
    name: str | None,
    language: str | None,
    urns: Sequence[str] | None,
    fields: FieldValues | None,
    groups: Sequence[Ref] | None,
    note: str | None = None,
) -> ContactWrite:
    return ContactWrite(
        name=or_unset(name),
        language=or_unset(language),
        urns=or_unset(None if urns is None else list(urns)),
        fields=or_unset(None if fields is None else ContactFieldValues.from_dict(free_form(fields))),
        groups=or_unset(refs(groups)),
        note=or_unset(note),
    )


def contact_action(action: ContactBulkActionType, contacts: Sequence[Ref], group: Ref | None = None) -> Call[None]:
    body = ContactBulkAction(contacts=refs(contacts), action=action, group=or_unset(ref(group)))
    return Call(perform_contact_action.build_request(body=body), parse=nothing)


class Contacts(Resource[ClientT]):
    @paginated
    def list(self, **filters: Unpack[list_contacts.QueryParams]) -> Pages[Contact]:
        """Contacts matching `filters`, last modified first, fetched a page (250) at a time as you iterate."""
        return pages(list_contacts.build_request, ContactPage, Contact, filters)

    @operation
    def create(
        self,
        name: str | None = None,
        language: str | None = None,
        urns: Sequence[str] | None = None,
        fields: FieldValues | None = None,
        groups: Sequence[Ref] | None = None,
    ) -> Call[Contact]:
        """A new contact (`groups`: manual groups by UUID or name; `fields`: by key)."""
        body = contact_body(name, language, urns, fields, groups)
        return Call(save_contact.build_request(body=body), parse=model(Contact))

    @operation
    def update(
        self,
        contact: Ref,
        name: str | None = None,
        language: str | None = None,
        urns: Sequence[str] | None = None,
        fields: FieldValues | None = None,
        groups: Sequence[Ref] | None = None,
        *,
        note: str | None = None,
    ) -> Call[Contact]:
        """Change the given attributes of `contact` (UUID, or a URN: a URN nobody has creates the contact)."""
        uuid, urn = uuid_or_urn(contact)
        body = contact_body(name, language, urns, fields, groups, note)
        return Call(save_contact.build_request(body=body, uuid=uuid, urn=urn), parse=model(Contact))

    @operation
    def delete(self, contact: Ref) -> Call[None]:
        """Delete `contact` (UUID or URN)."""
        uuid, urn = uuid_or_urn(contact)
        return Call(delete_contact.build_request(uuid=uuid, urn=urn), parse=nothing)

    @operation
    def bulk_add(self, contacts: Sequence[Ref], group: Ref) -> Call[None]:
        """Add up to 100 contacts (UUIDs or URNs) to a manual group."""
        return contact_action(ContactBulkActionType.ADD, contacts, group)

    @operation
    def bulk_remove(self, contacts: Sequence[Ref], group: Ref) -> Call[None]:
        """Remove up to 100 contacts from a manual group."""
        return contact_action(ContactBulkActionType.REMOVE, contacts, group)

    @operation
    def bulk_block(self, contacts: Sequence[Ref]) -> Call[None]:
        """Block up to 100 contacts."""
        return contact_action(ContactBulkActionType.BLOCK, contacts)

    @operation
    def bulk_unblock(self, contacts: Sequence[Ref]) -> Call[None]:
        """Unblock up to 100 contacts."""
        return contact_action(ContactBulkActionType.UNBLOCK, contacts)

    @operation
    def bulk_interrupt(self, contacts: Sequence[Ref]) -> Call[None]:
        """Interrupt the flows up to 100 contacts are in."""
        return contact_action(ContactBulkActionType.INTERRUPT, contacts)

    @operation
    def bulk_archive_messages(self, contacts: Sequence[Ref]) -> Call[None]:
        """Archive every message of up to 100 contacts."""
        return contact_action(ContactBulkActionType.ARCHIVE_MESSAGES, contacts)

    @operation
    def bulk_delete(self, contacts: Sequence[Ref]) -> Call[None]:
        """Delete up to 100 contacts."""
        return contact_action(ContactBulkActionType.DELETE, contacts)
