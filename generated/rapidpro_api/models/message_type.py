from ..types import OpenStrEnum


class MessageType(OpenStrEnum):
    OPTIN = "optin"
    TEXT = "text"
    VOICE = "voice"

    def __str__(self) -> str:
        return str(self.value)
