from ..types import OpenStrEnum


class RoleGroupAttachType(OpenStrEnum):
    INVALID = "Invalid"
    MAX = "MAX"
    POSITION = "Position"
    TEAM = "Team"
    USER = "User"

    def __str__(self) -> str:
        return str(self.value)
