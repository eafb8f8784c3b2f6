from ..types import OpenStrEnum


class CampaignEventUnit(OpenStrEnum):
    DAYS = "days"
    HOURS = "hours"
    MINUTES = "minutes"
    WEEKS = "weeks"

    def __str__(self) -> str:
        return str(self.value)
