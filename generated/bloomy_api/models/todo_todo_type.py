from ..types import OpenStrEnum


class TodoTodoType(OpenStrEnum):
    L10 = "L10"
    MILESTONE = "Milestone"
    PERSONAL = "Personal"

    def __str__(self) -> str:
        return str(self.value)
