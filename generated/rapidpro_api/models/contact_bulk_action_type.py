from ..types import OpenStrEnum


class ContactBulkActionType(OpenStrEnum):
    ADD = "add"
    ARCHIVE = "archive"
    ARCHIVE_MESSAGES = "archive_messages"
    BLOCK = "block"
    DELETE = "delete"
    INTERRUPT = "interrupt"
    REMOVE = "remove"
    UNBLOCK = "unblock"

    def __str__(self) -> str:
        return str(self.value)
