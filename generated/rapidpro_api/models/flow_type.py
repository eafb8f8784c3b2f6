from ..types import OpenStrEnum


class FlowType(OpenStrEnum):
    BACKGROUND = "background"
    MESSAGE = "message"
    SURVEY = "survey"
    VOICE = "voice"

    def __str__(self) -> str:
        return str(self.value)
