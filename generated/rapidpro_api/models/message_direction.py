from ..types import OpenStrEnum


class MessageDirection(OpenStrEnum):
    IN = "in"
    OUT = "out"

    def __str__(self) -> str:
        return str(self.value)
