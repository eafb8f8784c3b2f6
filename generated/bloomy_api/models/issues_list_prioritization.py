from ..types import OpenStrEnum


class IssuesListPrioritization(OpenStrEnum):
    PRIORITY = "Priority"
    RANK = "Rank"

    def __str__(self) -> str:
        return str(self.value)
