from ..types import OpenStrEnum


class ContactStatus(OpenStrEnum):
    ACTIVE = "active"
    ARCHIVED = "archived"
    BLOCKED = "blocked"
    STOPPED = "stopped"

    def __str__(self) -> str:
        return str(self.value)
