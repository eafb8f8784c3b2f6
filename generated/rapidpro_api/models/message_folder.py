from ..types import OpenStrEnum


class MessageFolder(OpenStrEnum):
    ARCHIVED = "archived"
    FAILED = "failed"
    FLOWS = "flows"
    INBOX = "inbox"
    OUTBOX = "outbox"
    SENT = "sent"

    def __str__(self) -> str:
        return str(self.value)
