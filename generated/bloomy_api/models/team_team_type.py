from ..types import OpenStrEnum


class TeamTeamType(OpenStrEnum):
    ALLMEMBERS = "AllMembers"
    MANAGERS = "Managers"
    STANDARD = "Standard"
    SUBORDINATES = "Subordinates"

    def __str__(self) -> str:
        return str(self.value)
