from ..types import OpenStrEnum


class MessageStatus(OpenStrEnum):
    DELIVERED = "delivered"
    ERRORED = "errored"
    FAILED = "failed"
    HANDLED = "handled"
    QUEUED = "queued"
    READ = "read"
    SENT = "sent"
    WIRED = "wired"

    def __str__(self) -> str:
        return str(self.value)
