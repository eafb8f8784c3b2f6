from ..types import OpenStrEnum


class MeasurableUnit(OpenStrEnum):
    DOLLAR = "Dollar"
    EUROS = "Euros"
    NONE = "None"
    PERCENT = "Percent"
    POUND = "Pound"

    def __str__(self) -> str:
        return str(self.value)
