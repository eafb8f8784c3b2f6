"""`client.contacts`: list, create, update (or upsert by URN), delete, and the bulk contact actions."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any, Unpack

from overlay_runtime import AsyncResource, Call, SyncResource
from rapidpro_api.pydantic_models import Contact, ContactPage

from .._filters import ContactFilters
from .._paging import AsyncPager, PageCall, SyncPager, pages
from .._params import Ref, body, identifier, ref, refs
from ._calls import action, create, delete, lookup, update

PATH = "contacts.json"
ACTIONS = "contact_actions.json"
Fields = Mapping[str, str | int | float | None]


def contact_pages(filters: Mapping[str, Any]) -> PageCall[Contact]:
    return pages(PATH, ContactPage, Contact, filters)


def by_uuid_or_urn(contact: Ref) -> dict[str, Any]:
    """`?urn=` for a string with a scheme (`tel:+250...`), else `?uuid=` (as TembaClient decides)."""
    value = identifier(contact)
    if isinstance(value, str) and ":" in value:
        return lookup(urn=value)
    return lookup(uuid=value)


def contact_body(
    name: str | None,
    language: str | None,
    urns: Sequence[str] | None,
    fields: Fields | None,
    groups: Sequence[Ref] | None,
    note: str | None = None,
) -> dict[str, Any]:
    return body(name=name, language=language, urns=urns, fields=fields, groups=refs(groups), note=note)


def create_contact(
    name: str | None,
    language: str | None,
    urns: Sequence[str] | None,
    fields: Fields | None,
    groups: Sequence[Ref] | None,
) -> Call[Contact]:
    return create(PATH, Contact, contact_body(name, language, urns, fields, groups))


def update_contact(
    contact: Ref,
    name: str | None,
    language: str | None,
    urns: Sequence[str] | None,
    fields: Fields | None,
    groups: Sequence[Ref] | None,
    note: str | None,
) -> Call[Contact]:
    return update(PATH, Contact, by_uuid_or_urn(contact), contact_body(name, language, urns, fields, groups, note))


def delete_contact(contact: Ref) -> Call[None]:
    return delete(PATH, by_uuid_or_urn(contact))


def contact_action(name: str, contacts: Sequence[Ref], group: Ref | None = None) -> Call[builtins.list[Any]]:
    return action(ACTIONS, body(contacts=refs(contacts), action=name, group=ref(group)))


class Contacts(SyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[ContactFilters]) -> SyncPager[Contact]:
        """Contacts matching `filters`, last modified first, fetched a page (250) at a time as you iterate."""
        return SyncPager(self._client, contact_pages(filters), cursor)

    def create(
        self,
        name: str | None = None,
        language: str | None = None,
        urns: Sequence[str] | None = None,
        fields: Fields | None = None,
        groups: Sequence[Ref] | None = None,
    ) -> Contact:
        """A new contact (`groups`: manual groups by UUID or name; `fields`: by key)."""
        return self._client.run(create_contact(name, language, urns, fields, groups))

    def update(
        self,
        contact: Ref,
        name: str | None = None,
        language: str | None = None,
        urns: Sequence[str] | None = None,
        fields: Fields | None = None,
        groups: Sequence[Ref] | None = None,
        *,
        note: str | None = None,
    ) -> Contact:
        """Change the given attributes of `contact` (UUID, or a URN: a URN nobody has creates the contact)."""
        return self._client.run(update_contact(contact, name, language, urns, fields, groups, note))

    def delete(self, contact: Ref) -> None:
        """Delete `contact` (UUID or URN)."""
        return self._client.run(delete_contact(contact))

    def bulk_add(self, contacts: Sequence[Ref], group: Ref) -> None:
        """Add up to 100 contacts (UUIDs or URNs) to a manual group."""
        self._client.run(contact_action("add", contacts, group))

    def bulk_remove(self, contacts: Sequence[Ref], group: Ref) -> None:
        """Remove up to 100 contacts from a manual group."""
        self._client.run(contact_action("remove", contacts, group))

    def bulk_block(self, contacts: Sequence[Ref]) -> None:
        """Block up to 100 contacts."""
        self._client.run(contact_action("block", contacts))

    def bulk_unblock(self, contacts: Sequence[Ref]) -> None:
        """Unblock up to 100 contacts."""
        self._client.run(contact_action("unblock", contacts))

    def bulk_interrupt(self, contacts: Sequence[Ref]) -> None:
        """Interrupt the flows up to 100 contacts are in."""
        self._client.run(contact_action("interrupt", contacts))

    def bulk_archive_messages(self, contacts: Sequence[Ref]) -> None:
        """Archive every message of up to 100 contacts."""
        self._client.run(contact_action("archive_messages", contacts))

    def bulk_delete(self, contacts: Sequence[Ref]) -> None:
        """Delete up to 100 contacts."""
        self._client.run(contact_action("delete", contacts))


class AsyncContacts(AsyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[ContactFilters]) -> AsyncPager[Contact]:
        """Contacts matching `filters`, last modified first, fetched a page (250) at a time as you iterate."""
        return AsyncPager(self._client, contact_pages(filters), cursor)

    async def create(
        self,
        name: str | None = None,
        language: str | None = None,
        urns: Sequence[str] | None = None,
        fields: Fields | None = None,
        groups: Sequence[Ref] | None = None,
    ) -> Contact:
        """A new contact (`groups`: manual groups by UUID or name; `fields`: by key)."""
        return await self._client.run(create_contact(name, language, urns, fields, groups))

    async def update(
        self,
        contact: Ref,
        name: str | None = None,
        language: str | None = None,
        urns: Sequence[str] | None = None,
        fields: Fields | None = None,
        groups: Sequence[Ref] | None = None,
        *,
        note: str | None = None,
    ) -> Contact:
        """Change the given attributes of `contact` (UUID, or a URN: a URN nobody has creates the contact)."""
        return await self._client.run(update_contact(contact, name, language, urns, fields, groups, note))

    async def delete(self, contact: Ref) -> None:
        """Delete `contact` (UUID or URN)."""
        return await self._client.run(delete_contact(contact))

    async def bulk_add(self, contacts: Sequence[Ref], group: Ref) -> None:
        """Add up to 100 contacts (UUIDs or URNs) to a manual group."""
        await self._client.run(contact_action("add", contacts, group))

    async def bulk_remove(self, contacts: Sequence[Ref], group: Ref) -> None:
        """Remove up to 100 contacts from a manual group."""
        await self._client.run(contact_action("remove", contacts, group))

    async def bulk_block(self, contacts: Sequence[Ref]) -> None:
        """Block up to 100 contacts."""
        await self._client.run(contact_action("block", contacts))

    async def bulk_unblock(self, contacts: Sequence[Ref]) -> None:
        """Unblock up to 100 contacts."""
        await self._client.run(contact_action("unblock", contacts))

    async def bulk_interrupt(self, contacts: Sequence[Ref]) -> None:
        """Interrupt the flows up to 100 contacts are in."""
        await self._client.run(contact_action("interrupt", contacts))

    async def bulk_archive_messages(self, contacts: Sequence[Ref]) -> None:
        """Archive every message of up to 100 contacts."""
        await self._client.run(contact_action("archive_messages", contacts))

    async def bulk_delete(self, contacts: Sequence[Ref]) -> None:
        """Delete up to 100 contacts."""
        await self._client.run(contact_action("delete", contacts))
