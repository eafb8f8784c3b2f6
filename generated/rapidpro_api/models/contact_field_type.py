from ..types import OpenStrEnum


class ContactFieldType(OpenStrEnum):
    DATETIME = "datetime"
    DISTRICT = "district"
    NUMBER = "number"
    STATE = "state"
    TEXT = "text"
    WARD = "ward"

    def __str__(self) -> str:
        return str(self.value)
