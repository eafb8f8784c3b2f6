from ..types import OpenStrEnum


class MilestoneStatus(OpenStrEnum):
    DONE = "Done"
    NOTDONE = "NotDone"

    def __str__(self) -> str:
        return str(self.value)
