from ..types import OpenStrEnum


class TicketBulkActionType(OpenStrEnum):
    ADD_NOTE = "add_note"
    ASSIGN = "assign"
    CHANGE_TOPIC = "change_topic"
    CLOSE = "close"
    REOPEN = "reopen"

    def __str__(self) -> str:
        return str(self.value)
