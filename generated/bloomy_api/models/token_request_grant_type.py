from ..types import OpenStrEnum


class TokenRequestGrantType(OpenStrEnum):
    PASSWORD = "password"

    def __str__(self) -> str:
        return str(self.value)
