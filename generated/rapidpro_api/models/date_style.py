from ..types import OpenStrEnum


class DateStyle(OpenStrEnum):
    DAY_FIRST = "day_first"
    MONTH_FIRST = "month_first"
    YEAR_FIRST = "year_first"

    def __str__(self) -> str:
        return str(self.value)
