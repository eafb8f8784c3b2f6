from ..types import OpenStrEnum


class FeedItemType(OpenStrEnum):
    BASIC = "basic"

    def __str__(self) -> str:
        return str(self.value)
