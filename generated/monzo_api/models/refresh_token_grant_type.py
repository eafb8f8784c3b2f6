from ..types import OpenStrEnum


class RefreshTokenGrantType(OpenStrEnum):
    REFRESH_TOKEN = "refresh_token"

    def __str__(self) -> str:
        return str(self.value)
