from ..types import OpenStrEnum


class MeasurableDirection(OpenStrEnum):
    BETWEEN = "Between"
    EQUALTO = "EqualTo"
    GREATERTHAN = "GreaterThan"
    GREATERTHANNOTEQUAL = "GreaterThanNotEqual"
    LESSTHAN = "LessThan"
    LESSTHANOREQUAL = "LessThanOrEqual"

    def __str__(self) -> str:
        return str(self.value)
