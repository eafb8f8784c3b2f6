from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_headline_type import MeetingHeadlineType
from ..models.meeting_meeting_type import MeetingMeetingType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.headline import Headline
    from ..models.issues_list import IssuesList
    from ..models.meeting_attendee import MeetingAttendee
    from ..models.meeting_basics import MeetingBasics
    from ..models.meeting_note import MeetingNote
    from ..models.meeting_page import MeetingPage
    from ..models.rock import Rock
    from ..models.scorecard import Scorecard
    from ..models.todo import Todo
    from ..models.user import User


T = TypeVar("T", bound="Meeting")


@_attrs_define
class Meeting:
    """A Level 10 meeting (a "recurrence"). The name lives in `Basics.Name`. `StartDateUtc` and `OrganizationId` are sent
    by the live API although the official description omits them.

        Attributes:
            id (int): Meeting (recurrence) id.
            type_ (None | str | Unset): Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).
            key (None | str | Unset): `<Type>_<Id>` key that many v1 objects carry.
            create_time (datetime.datetime | None | Unset): When the meeting was created.
            start_date_utc (datetime.datetime | None | Unset): Start of the current meeting instance, null when none is
                running.
            organization_id (int | None | Unset): Organization id.
            created_by (None | Unset | User):
            basics (MeetingBasics | None | Unset):
            attendees (list[MeetingAttendee] | None | Unset):
            scorecard (None | Scorecard | Unset):
            notes (list[MeetingNote] | None | Unset):
            rocks (list[Rock] | None | Unset):
            todos (list[Todo] | None | Unset):
            milestones (list[Todo] | None | Unset): Milestones shown in the meeting, in to-do shape.
            headlines (list[Headline] | None | Unset):
            issues_list (IssuesList | None | Unset):
            headlines_url (None | str | Unset):
            headline_type (MeetingHeadlineType | Unset):
            vto_id (int | None | Unset): Id of the meeting's V/TO.
            pages (list[MeetingPage] | None | Unset):
            meeting_type (MeetingMeetingType | Unset):
    """

    id: int
    type_: None | str | Unset = UNSET
    key: None | str | Unset = UNSET
    create_time: datetime.datetime | None | Unset = UNSET
    start_date_utc: datetime.datetime | None | Unset = UNSET
    organization_id: int | None | Unset = UNSET
    created_by: None | Unset | User = UNSET
    basics: MeetingBasics | None | Unset = UNSET
    attendees: list[MeetingAttendee] | None | Unset = UNSET
    scorecard: None | Scorecard | Unset = UNSET
    notes: list[MeetingNote] | None | Unset = UNSET
    rocks: list[Rock] | None | Unset = UNSET
    todos: list[Todo] | None | Unset = UNSET
    milestones: list[Todo] | None | Unset = UNSET
    headlines: list[Headline] | None | Unset = UNSET
    issues_list: IssuesList | None | Unset = UNSET
    headlines_url: None | str | Unset = UNSET
    headline_type: MeetingHeadlineType | Unset = UNSET
    vto_id: int | None | Unset = UNSET
    pages: list[MeetingPage] | None | Unset = UNSET
    meeting_type: MeetingMeetingType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.issues_list import IssuesList  # noqa: PLC0415
        from ..models.meeting_basics import MeetingBasics  # noqa: PLC0415
        from ..models.scorecard import Scorecard  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

        id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        create_time: None | str | Unset
        if isinstance(self.create_time, Unset):
            create_time = UNSET
        elif isinstance(self.create_time, datetime.datetime):
            create_time = (
                self.create_time.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
                if self.create_time.tzinfo
                else self.create_time.isoformat()
            )
        else:
            create_time = self.create_time

        start_date_utc: None | str | Unset
        if isinstance(self.start_date_utc, Unset):
            start_date_utc = UNSET
        elif isinstance(self.start_date_utc, datetime.datetime):
            start_date_utc = (
                self.start_date_utc.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
                if self.start_date_utc.tzinfo
                else self.start_date_utc.isoformat()
            )
        else:
            start_date_utc = self.start_date_utc

        organization_id: int | None | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, User):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        basics: dict[str, Any] | None | Unset
        if isinstance(self.basics, Unset):
            basics = UNSET
        elif isinstance(self.basics, MeetingBasics):
            basics = self.basics.to_dict()
        else:
            basics = self.basics

        attendees: list[dict[str, Any]] | None | Unset
        if isinstance(self.attendees, Unset):
            attendees = UNSET
        elif isinstance(self.attendees, list):
            attendees = []
            for attendees_type_0_item_data in self.attendees:
                attendees_type_0_item = attendees_type_0_item_data.to_dict()
                attendees.append(attendees_type_0_item)

        else:
            attendees = self.attendees

        scorecard: dict[str, Any] | None | Unset
        if isinstance(self.scorecard, Unset):
            scorecard = UNSET
        elif isinstance(self.scorecard, Scorecard):
            scorecard = self.scorecard.to_dict()
        else:
            scorecard = self.scorecard

        notes: list[dict[str, Any]] | None | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        elif isinstance(self.notes, list):
            notes = []
            for notes_type_0_item_data in self.notes:
                notes_type_0_item = notes_type_0_item_data.to_dict()
                notes.append(notes_type_0_item)

        else:
            notes = self.notes

        rocks: list[dict[str, Any]] | None | Unset
        if isinstance(self.rocks, Unset):
            rocks = UNSET
        elif isinstance(self.rocks, list):
            rocks = []
            for rocks_type_0_item_data in self.rocks:
                rocks_type_0_item = rocks_type_0_item_data.to_dict()
                rocks.append(rocks_type_0_item)

        else:
            rocks = self.rocks

        todos: list[dict[str, Any]] | None | Unset
        if isinstance(self.todos, Unset):
            todos = UNSET
        elif isinstance(self.todos, list):
            todos = []
            for todos_type_0_item_data in self.todos:
                todos_type_0_item = todos_type_0_item_data.to_dict()
                todos.append(todos_type_0_item)

        else:
            todos = self.todos

        milestones: list[dict[str, Any]] | None | Unset
        if isinstance(self.milestones, Unset):
            milestones = UNSET
        elif isinstance(self.milestones, list):
            milestones = []
            for milestones_type_0_item_data in self.milestones:
                milestones_type_0_item = milestones_type_0_item_data.to_dict()
                milestones.append(milestones_type_0_item)

        else:
            milestones = self.milestones

        headlines: list[dict[str, Any]] | None | Unset
        if isinstance(self.headlines, Unset):
            headlines = UNSET
        elif isinstance(self.headlines, list):
            headlines = []
            for headlines_type_0_item_data in self.headlines:
                headlines_type_0_item = headlines_type_0_item_data.to_dict()
                headlines.append(headlines_type_0_item)

        else:
            headlines = self.headlines

        issues_list: dict[str, Any] | None | Unset
        if isinstance(self.issues_list, Unset):
            issues_list = UNSET
        elif isinstance(self.issues_list, IssuesList):
            issues_list = self.issues_list.to_dict()
        else:
            issues_list = self.issues_list

        headlines_url: None | str | Unset
        if isinstance(self.headlines_url, Unset):
            headlines_url = UNSET
        else:
            headlines_url = self.headlines_url

        headline_type: str | Unset = UNSET
        if not isinstance(self.headline_type, Unset):
            headline_type = self.headline_type.value

        vto_id: int | None | Unset
        if isinstance(self.vto_id, Unset):
            vto_id = UNSET
        else:
            vto_id = self.vto_id

        pages: list[dict[str, Any]] | None | Unset
        if isinstance(self.pages, Unset):
            pages = UNSET
        elif isinstance(self.pages, list):
            pages = []
            for pages_type_0_item_data in self.pages:
                pages_type_0_item = pages_type_0_item_data.to_dict()
                pages.append(pages_type_0_item)

        else:
            pages = self.pages

        meeting_type: str | Unset = UNSET
        if not isinstance(self.meeting_type, Unset):
            meeting_type = self.meeting_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if key is not UNSET:
            field_dict["Key"] = key
        if create_time is not UNSET:
            field_dict["CreateTime"] = create_time
        if start_date_utc is not UNSET:
            field_dict["StartDateUtc"] = start_date_utc
        if organization_id is not UNSET:
            field_dict["OrganizationId"] = organization_id
        if created_by is not UNSET:
            field_dict["CreatedBy"] = created_by
        if basics is not UNSET:
            field_dict["Basics"] = basics
        if attendees is not UNSET:
            field_dict["Attendees"] = attendees
        if scorecard is not UNSET:
            field_dict["Scorecard"] = scorecard
        if notes is not UNSET:
            field_dict["Notes"] = notes
        if rocks is not UNSET:
            field_dict["Rocks"] = rocks
        if todos is not UNSET:
            field_dict["Todos"] = todos
        if milestones is not UNSET:
            field_dict["Milestones"] = milestones
        if headlines is not UNSET:
            field_dict["Headlines"] = headlines
        if issues_list is not UNSET:
            field_dict["IssuesList"] = issues_list
        if headlines_url is not UNSET:
            field_dict["HeadlinesUrl"] = headlines_url
        if headline_type is not UNSET:
            field_dict["HeadlineType"] = headline_type
        if vto_id is not UNSET:
            field_dict["VtoId"] = vto_id
        if pages is not UNSET:
            field_dict["Pages"] = pages
        if meeting_type is not UNSET:
            field_dict["MeetingType"] = meeting_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.headline import Headline  # noqa: PLC0415
        from ..models.issues_list import IssuesList  # noqa: PLC0415
        from ..models.meeting_attendee import MeetingAttendee  # noqa: PLC0415
        from ..models.meeting_basics import MeetingBasics  # noqa: PLC0415
        from ..models.meeting_note import MeetingNote  # noqa: PLC0415
        from ..models.meeting_page import MeetingPage  # noqa: PLC0415
        from ..models.rock import Rock  # noqa: PLC0415
        from ..models.scorecard import Scorecard  # noqa: PLC0415
        from ..models.todo import Todo  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("Id")

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("Type", UNSET))

        def _parse_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key = _parse_key(d.pop("Key", UNSET))

        def _parse_create_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                create_time_type_0 = datetime.datetime.fromisoformat(data)

                return create_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        create_time = _parse_create_time(d.pop("CreateTime", UNSET))

        def _parse_start_date_utc(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_utc_type_0 = datetime.datetime.fromisoformat(data)

                return start_date_utc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_date_utc = _parse_start_date_utc(d.pop("StartDateUtc", UNSET))

        def _parse_organization_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        organization_id = _parse_organization_id(d.pop("OrganizationId", UNSET))

        def _parse_created_by(data: object) -> None | Unset | User:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                created_by_type_0 = User.from_dict(data)

                return created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | User, data)

        created_by = _parse_created_by(d.pop("CreatedBy", UNSET))

        def _parse_basics(data: object) -> MeetingBasics | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                basics_type_0 = MeetingBasics.from_dict(data)

                return basics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeetingBasics | None | Unset, data)

        basics = _parse_basics(d.pop("Basics", UNSET))

        def _parse_attendees(data: object) -> list[MeetingAttendee] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attendees_type_0 = []
                _attendees_type_0 = data
                for attendees_type_0_item_data in _attendees_type_0:
                    attendees_type_0_item = MeetingAttendee.from_dict(attendees_type_0_item_data)

                    attendees_type_0.append(attendees_type_0_item)

                return attendees_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MeetingAttendee] | None | Unset, data)

        attendees = _parse_attendees(d.pop("Attendees", UNSET))

        def _parse_scorecard(data: object) -> None | Scorecard | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                scorecard_type_0 = Scorecard.from_dict(data)

                return scorecard_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Scorecard | Unset, data)

        scorecard = _parse_scorecard(d.pop("Scorecard", UNSET))

        def _parse_notes(data: object) -> list[MeetingNote] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                notes_type_0 = []
                _notes_type_0 = data
                for notes_type_0_item_data in _notes_type_0:
                    notes_type_0_item = MeetingNote.from_dict(notes_type_0_item_data)

                    notes_type_0.append(notes_type_0_item)

                return notes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MeetingNote] | None | Unset, data)

        notes = _parse_notes(d.pop("Notes", UNSET))

        def _parse_rocks(data: object) -> list[Rock] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                rocks_type_0 = []
                _rocks_type_0 = data
                for rocks_type_0_item_data in _rocks_type_0:
                    rocks_type_0_item = Rock.from_dict(rocks_type_0_item_data)

                    rocks_type_0.append(rocks_type_0_item)

                return rocks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Rock] | None | Unset, data)

        rocks = _parse_rocks(d.pop("Rocks", UNSET))

        def _parse_todos(data: object) -> list[Todo] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                todos_type_0 = []
                _todos_type_0 = data
                for todos_type_0_item_data in _todos_type_0:
                    todos_type_0_item = Todo.from_dict(todos_type_0_item_data)

                    todos_type_0.append(todos_type_0_item)

                return todos_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Todo] | None | Unset, data)

        todos = _parse_todos(d.pop("Todos", UNSET))

        def _parse_milestones(data: object) -> list[Todo] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                milestones_type_0 = []
                _milestones_type_0 = data
                for milestones_type_0_item_data in _milestones_type_0:
                    milestones_type_0_item = Todo.from_dict(milestones_type_0_item_data)

                    milestones_type_0.append(milestones_type_0_item)

                return milestones_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Todo] | None | Unset, data)

        milestones = _parse_milestones(d.pop("Milestones", UNSET))

        def _parse_headlines(data: object) -> list[Headline] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                headlines_type_0 = []
                _headlines_type_0 = data
                for headlines_type_0_item_data in _headlines_type_0:
                    headlines_type_0_item = Headline.from_dict(headlines_type_0_item_data)

                    headlines_type_0.append(headlines_type_0_item)

                return headlines_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Headline] | None | Unset, data)

        headlines = _parse_headlines(d.pop("Headlines", UNSET))

        def _parse_issues_list(data: object) -> IssuesList | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                issues_list_type_0 = IssuesList.from_dict(data)

                return issues_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IssuesList | None | Unset, data)

        issues_list = _parse_issues_list(d.pop("IssuesList", UNSET))

        def _parse_headlines_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        headlines_url = _parse_headlines_url(d.pop("HeadlinesUrl", UNSET))

        _headline_type = d.pop("HeadlineType", UNSET)
        headline_type: MeetingHeadlineType | Unset
        if isinstance(_headline_type, Unset):
            headline_type = UNSET
        else:
            headline_type = MeetingHeadlineType(_headline_type)

        def _parse_vto_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        vto_id = _parse_vto_id(d.pop("VtoId", UNSET))

        def _parse_pages(data: object) -> list[MeetingPage] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pages_type_0 = []
                _pages_type_0 = data
                for pages_type_0_item_data in _pages_type_0:
                    pages_type_0_item = MeetingPage.from_dict(pages_type_0_item_data)

                    pages_type_0.append(pages_type_0_item)

                return pages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MeetingPage] | None | Unset, data)

        pages = _parse_pages(d.pop("Pages", UNSET))

        _meeting_type = d.pop("MeetingType", UNSET)
        meeting_type: MeetingMeetingType | Unset
        if isinstance(_meeting_type, Unset):
            meeting_type = UNSET
        else:
            meeting_type = MeetingMeetingType(_meeting_type)

        meeting = cls(
            id=id,
            type_=type_,
            key=key,
            create_time=create_time,
            start_date_utc=start_date_utc,
            organization_id=organization_id,
            created_by=created_by,
            basics=basics,
            attendees=attendees,
            scorecard=scorecard,
            notes=notes,
            rocks=rocks,
            todos=todos,
            milestones=milestones,
            headlines=headlines,
            issues_list=issues_list,
            headlines_url=headlines_url,
            headline_type=headline_type,
            vto_id=vto_id,
            pages=pages,
            meeting_type=meeting_type,
        )

        meeting.additional_properties = d
        return meeting

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
