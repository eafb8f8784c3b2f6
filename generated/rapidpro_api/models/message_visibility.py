from ..types import OpenStrEnum


class MessageVisibility(OpenStrEnum):
    ARCHIVED = "archived"
    VISIBLE = "visible"

    def __str__(self) -> str:
        return str(self.value)
