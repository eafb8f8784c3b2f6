from ..types import OpenStrEnum


class RockCompletion(OpenStrEnum):
    ATRISK = "AtRisk"
    COMPLETE = "Complete"
    INDETERMINATE = "Indeterminate"
    ONTRACK = "OnTrack"

    def __str__(self) -> str:
        return str(self.value)
