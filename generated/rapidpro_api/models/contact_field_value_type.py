from ..types import OpenStrEnum


class ContactFieldValueType(OpenStrEnum):
    DATETIME = "datetime"
    DISTRICT = "district"
    NUMERIC = "numeric"
    STATE = "state"
    TEXT = "text"
    WARD = "ward"

    def __str__(self) -> str:
        return str(self.value)
