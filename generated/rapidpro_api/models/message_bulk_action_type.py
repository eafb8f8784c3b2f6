from ..types import OpenStrEnum


class MessageBulkActionType(OpenStrEnum):
    ARCHIVE = "archive"
    DELETE = "delete"
    LABEL = "label"
    RESTORE = "restore"
    UNLABEL = "unlabel"

    def __str__(self) -> str:
        return str(self.value)
