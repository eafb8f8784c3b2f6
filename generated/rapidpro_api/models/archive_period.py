from ..types import OpenStrEnum


class ArchivePeriod(OpenStrEnum):
    DAILY = "daily"
    MONTHLY = "monthly"

    def __str__(self) -> str:
        return str(self.value)
