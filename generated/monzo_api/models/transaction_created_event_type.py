from ..types import OpenStrEnum


class TransactionCreatedEventType(OpenStrEnum):
    TRANSACTION_CREATED = "transaction.created"

    def __str__(self) -> str:
        return str(self.value)
