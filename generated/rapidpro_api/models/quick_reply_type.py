from ..types import OpenStrEnum


class QuickReplyType(OpenStrEnum):
    FORM = "form"
    LOCATION = "location"
    TEXT = "text"
    URL = "url"

    def __str__(self) -> str:
        return str(self.value)
