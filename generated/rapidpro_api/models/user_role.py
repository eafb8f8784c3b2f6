from ..types import OpenStrEnum


class UserRole(OpenStrEnum):
    ADMINISTRATOR = "administrator"
    AGENT = "agent"
    EDITOR = "editor"

    def __str__(self) -> str:
        return str(self.value)
