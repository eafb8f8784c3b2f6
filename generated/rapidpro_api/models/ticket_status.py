from ..types import OpenStrEnum


class TicketStatus(OpenStrEnum):
    CLOSED = "closed"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
