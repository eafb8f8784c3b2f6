from ..types import OpenStrEnum


class ArchiveType(OpenStrEnum):
    MESSAGE = "message"
    RUN = "run"

    def __str__(self) -> str:
        return str(self.value)
