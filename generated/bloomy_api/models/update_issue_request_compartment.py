from ..types import OpenStrEnum


class UpdateIssueRequestCompartment(OpenStrEnum):
    LONGTERM = "LongTerm"
    SHORTTERM = "ShortTerm"

    def __str__(self) -> str:
        return str(self.value)
