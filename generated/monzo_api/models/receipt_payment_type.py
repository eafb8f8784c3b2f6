from ..types import OpenStrEnum


class ReceiptPaymentType(OpenStrEnum):
    CARD = "card"
    CASH = "cash"
    GIFT_CARD = "gift_card"

    def __str__(self) -> str:
        return str(self.value)
