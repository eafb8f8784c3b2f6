from ..types import OpenStrEnum


class ExpandOption(OpenStrEnum):
    MERCHANT = "merchant"

    def __str__(self) -> str:
        return str(self.value)
