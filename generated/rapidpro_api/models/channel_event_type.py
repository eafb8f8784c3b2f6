from ..types import OpenStrEnum


class ChannelEventType(OpenStrEnum):
    CALL_IN = "call-in"
    CALL_IN_MISSED = "call-in-missed"
    CALL_OUT = "call-out"
    CALL_OUT_MISSED = "call-out-missed"
    DELETE_CONTACT = "delete-contact"
    NEW_CONVERSATION = "new-conversation"
    OPTIN = "optin"
    OPTOUT = "optout"
    REFERRAL = "referral"
    STOP_CONTACT = "stop-contact"
    WELCOME_MESSAGE = "welcome-message"

    def __str__(self) -> str:
        return str(self.value)
