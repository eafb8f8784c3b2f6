"""`client.fields` (contact fields) and `client.globals`: objects looked up by `key` (list, create, update)."""

from __future__ import annotations

from typing import Unpack

from overlay_runtime import Call, ClientT, Pages, Resource, model, operation, paginated
from rapidpro_api.api.fields import list_fields, save_field
from rapidpro_api.api.globals_ import list_globals, save_global
from rapidpro_api.models import ContactFieldType, ContactFieldWrite, GlobalWrite
from rapidpro_api.pydantic_models import ContactField, ContactFieldPage, Global, GlobalPage
from rapidpro_api.types import or_unset

from .._paging import pages
from .._params import Ref, lookup


def field_body(name: str | None, type: str | None) -> ContactFieldWrite:
    return ContactFieldWrite(name=or_unset(name), type_=or_unset(None if type is None else ContactFieldType(type)))


class Fields(Resource[ClientT]):
    @paginated
    def list(self, **filters: Unpack[list_fields.QueryParams]) -> Pages[ContactField]:
        """Contact fields."""
        return pages(list_fields.build_request, ContactFieldPage, ContactField, filters)

    @operation
    def create(self, name: str, type: str) -> Call[ContactField]:
        """A new contact field; `type` is text, number, datetime, state, district or ward."""
        return Call(save_field.build_request(body=field_body(name, type)), parse=model(ContactField))

    @operation
    def update(self, field: Ref, name: str | None = None, type: str | None = None) -> Call[ContactField]:
        """Rename a field (by key) or change its type."""
        request = save_field.build_request(body=field_body(name, type), key=lookup(field, "key"))
        return Call(request, parse=model(ContactField))


class Globals(Resource[ClientT]):
    @paginated
    def list(self, **filters: Unpack[list_globals.QueryParams]) -> Pages[Global]:
        """Workspace globals, last modified first."""
        return pages(list_globals.build_request, GlobalPage, Global, filters)

    @operation
    def create(self, name: str, value: str) -> Call[Global]:
        """A new global (its key is made from `name`)."""
        return Call(save_global.build_request(body=GlobalWrite(name=or_unset(name), value=value)), parse=model(Global))

    @operation
    def update(self, key: Ref, value: str) -> Call[Global]:
        """Set the value of the global `key`."""
        request = save_global.build_request(body=GlobalWrite(value=value), key=lookup(key, "key"))
        return Call(request, parse=model(Global))
