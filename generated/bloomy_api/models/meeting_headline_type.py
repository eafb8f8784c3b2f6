from ..types import OpenStrEnum


class MeetingHeadlineType(OpenStrEnum):
    HEADLINESBOX = "HeadlinesBox"
    HEADLINESLIST = "HeadlinesList"
    NONE = "None"

    def __str__(self) -> str:
        return str(self.value)
