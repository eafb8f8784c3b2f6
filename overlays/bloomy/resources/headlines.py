"""`client.headline`: people headlines of meetings and users.

Headlines are read with `include_origin=True`: the meeting they belong to (`OriginId`/`Origin`) gives
`HeadlineDetails.meeting_details`.
"""

from __future__ import annotations

import builtins

from bloomy_api.api.headlines import (
    delete_headline,
    get_headline,
    get_my_headlines,
    get_user_headlines,
    update_headline,
)
from bloomy_api.api.meetings import create_meeting_headline, get_meeting_headlines
from bloomy_api.models import CreateMeetingHeadlineRequest, UpdateHeadlineRequest
from bloomy_api.types import or_unset
from overlay_runtime import Call, ClientT, OperationFlow, model, nothing, operation, root_list

from .._params import ident, one_of, text
from ..models import HeadlineDetails, HeadlineInfo, HeadlineListItem
from ._base import BloomyResource


def details_call(headline_id: int) -> Call[HeadlineDetails]:
    request = get_headline.build_request(ident(headline_id, "headline_id"), include_origin=True)
    return Call(request, parse=model(HeadlineDetails))


class Headlines(BloomyResource[ClientT]):
    @operation
    def create(
        self, meeting_id: int, title: str, owner_id: int | None = None, notes: str | None = None
    ) -> Call[HeadlineInfo]:
        """A headline in a meeting, owned by `owner_id` (default: you, on the server's side)."""
        mid = ident(meeting_id, "meeting_id")
        owner_id = self._who(owner_id)
        owner = None if owner_id is None else ident(owner_id, "owner_id")
        body = CreateMeetingHeadlineRequest(title=text(title, "title"), owner_id=or_unset(owner), notes=or_unset(notes))
        return Call(create_meeting_headline.build_request(mid, body=body), parse=model(HeadlineInfo))

    @operation
    def details(self, headline_id: int) -> Call[HeadlineDetails]:
        return details_call(headline_id)

    @operation
    def list(self, user_id: int | None = None, meeting_id: int | None = None) -> Call[builtins.list[HeadlineListItem]]:
        """A meeting's headlines, a user's, or (neither given) yours."""
        one_of(user_id, meeting_id)
        if meeting_id is not None:
            request = get_meeting_headlines.build_request(ident(meeting_id, "meeting_id"))
        elif (user_id := self._who(user_id)) is None:
            request = get_my_headlines.build_request(include_origin=True)
        else:
            request = get_user_headlines.build_request(ident(user_id, "user_id"), include_origin=True)
        return Call(request, parse=root_list(HeadlineListItem))

    @operation
    def update(self, headline_id: int, title: str) -> OperationFlow[HeadlineDetails]:
        """Rename the headline; returns it as it now is."""
        hid = ident(headline_id, "headline_id")
        body = UpdateHeadlineRequest(title=text(title, "title"))
        yield Call(update_headline.build_request(hid, body=body), parse=nothing)
        headline: HeadlineDetails = yield details_call(hid)
        return headline

    @operation
    def delete(self, headline_id: int) -> Call[None]:
        return Call(delete_headline.build_request(ident(headline_id, "headline_id")), parse=nothing)
