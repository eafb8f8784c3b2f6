from ..types import OpenStrEnum


class DefinitionDependencies(OpenStrEnum):
    ALL = "all"
    FLOWS = "flows"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
