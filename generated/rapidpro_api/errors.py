"""Errors raised by the generated client itself (before or after the HTTP exchange)."""


class UnexpectedStatus(Exception):
    """An undocumented status, raised when `Client.raise_on_unexpected_status` is True."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content
        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class InvalidPathParameter(ValueError):
    """A path parameter that cannot be sent as one URL segment: empty, `.` or `..`."""

    def __init__(self, name: str, value: object):
        self.name = name
        self.value = value
        super().__init__(f"{name} must be a non-empty id other than '.' and '..', not {value!r}")

    def __reduce__(self) -> tuple[type["InvalidPathParameter"], tuple[str, object]]:
        return type(self), (self.name, self.value)


__all__ = ["InvalidPathParameter", "UnexpectedStatus"]
