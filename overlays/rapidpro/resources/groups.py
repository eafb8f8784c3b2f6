"""`client.groups` and `client.labels`: named objects looked up by UUID (list, create, rename, delete)."""

from __future__ import annotations

from typing import Unpack

from overlay_runtime import Call, ClientT, Pages, Resource, model, nothing, operation, paginated
from rapidpro_api.api.groups import delete_group, list_groups, save_group
from rapidpro_api.api.labels import delete_label, list_labels, save_label
from rapidpro_api.models import GroupWrite, LabelWrite
from rapidpro_api.pydantic_models import Group, GroupPage, Label, LabelPage

from .._paging import pages
from .._params import Ref, lookup


class Groups(Resource[ClientT]):
    @paginated
    def list(self, **filters: Unpack[list_groups.QueryParams]) -> Pages[Group]:
        """Contact groups (`name` matches case-insensitively; `manual_only=True` leaves out smart groups)."""
        return pages(list_groups.build_request, GroupPage, Group, filters)

    @operation
    def create(self, name: str) -> Call[Group]:
        """A new manual group."""
        return Call(save_group.build_request(body=GroupWrite(name=name)), parse=model(Group))

    @operation
    def update(self, group: Ref, name: str) -> Call[Group]:
        """Rename a group (system groups cannot be changed: 403)."""
        request = save_group.build_request(body=GroupWrite(name=name), uuid=lookup(group, "uuid"))
        return Call(request, parse=model(Group))

    @operation
    def delete(self, group: Ref) -> Call[None]:
        """Delete a group (400 while triggers or campaigns use it)."""
        return Call(delete_group.build_request(uuid=lookup(group, "uuid")), parse=nothing)


class Labels(Resource[ClientT]):
    @paginated
    def list(self, **filters: Unpack[list_labels.QueryParams]) -> Pages[Label]:
        """Message labels, with the number of visible messages each."""
        return pages(list_labels.build_request, LabelPage, Label, filters)

    @operation
    def create(self, name: str) -> Call[Label]:
        """A new label."""
        return Call(save_label.build_request(body=LabelWrite(name=name)), parse=model(Label))

    @operation
    def update(self, label: Ref, name: str) -> Call[Label]:
        """Rename a label."""
        request = save_label.build_request(body=LabelWrite(name=name), uuid=lookup(label, "uuid"))
        return Call(request, parse=model(Label))

    @operation
    def delete(self, label: Ref) -> Call[None]:
        """Delete a label."""
        return Call(delete_label.build_request(uuid=lookup(label, "uuid")), parse=nothing)
