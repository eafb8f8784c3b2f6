from ..types import OpenStrEnum


class ContactFieldAgentAccess(OpenStrEnum):
    EDIT = "edit"
    NONE = "none"
    VIEW = "view"

    def __str__(self) -> str:
        return str(self.value)
