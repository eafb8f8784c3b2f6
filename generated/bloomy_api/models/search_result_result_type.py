from ..types import OpenStrEnum


class SearchResultResultType(OpenStrEnum):
    INVALID = "Invalid"
    ORGANIZATION = "Organization"
    POSITION = "Position"
    SEARCHRESULT = "SearchResult"
    TEAM = "Team"
    USER = "User"

    def __str__(self) -> str:
        return str(self.value)
