from ..types import OpenStrEnum


class MeetingMeetingType(OpenStrEnum):
    L10 = "L10"
    SAMEPAGE = "SamePage"

    def __str__(self) -> str:
        return str(self.value)
