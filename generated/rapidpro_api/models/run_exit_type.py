from ..types import OpenStrEnum


class RunExitType(OpenStrEnum):
    COMPLETED = "completed"
    EXPIRED = "expired"
    FAILED = "failed"
    INTERRUPTED = "interrupted"

    def __str__(self) -> str:
        return str(self.value)
