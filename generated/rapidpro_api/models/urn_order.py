from ..types import OpenStrEnum


class UrnOrder(OpenStrEnum):
    PRIORITY = "priority"

    def __str__(self) -> str:
        return str(self.value)
