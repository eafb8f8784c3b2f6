from ..types import OpenStrEnum


class AccountType(OpenStrEnum):
    UK_BUSINESS = "uk_business"
    UK_LOAN = "uk_loan"
    UK_MONZO_FLEX = "uk_monzo_flex"
    UK_MONZO_FLEX_BACKING_LOAN = "uk_monzo_flex_backing_loan"
    UK_PREPAID = "uk_prepaid"
    UK_RETAIL = "uk_retail"
    UK_RETAIL_JOINT = "uk_retail_joint"
    UK_REWARDS = "uk_rewards"

    def __str__(self) -> str:
        return str(self.value)
