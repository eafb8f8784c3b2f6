from ..types import OpenStrEnum


class GroupStatus(OpenStrEnum):
    EVALUATING = "evaluating"
    INITIALIZING = "initializing"
    INVALID = "invalid"
    READY = "ready"

    def __str__(self) -> str:
        return str(self.value)
