from ..types import OpenStrEnum


class AuthorizationCodeGrantType(OpenStrEnum):
    AUTHORIZATION_CODE = "authorization_code"

    def __str__(self) -> str:
        return str(self.value)
