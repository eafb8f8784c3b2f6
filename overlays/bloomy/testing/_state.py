"""The emulator's live data: one organisation, changed by the API calls, read by tests.

Every public method is thread-safe (the server thread writes while a test reads) and returns plain
JSON objects in Bloom Growth's wire format, fresh copies the caller may keep. Ids that do not exist
raise `ErrorReply` (404), as the API answers.
"""

from __future__ import annotations

from datetime import UTC, datetime

from ._ops_goals import GoalOps
from ._ops_items import ItemOps
from ._ops_meetings import MeetingOps
from ._ops_people import PeopleOps
from ._ops_scores import ScoreOps
from ._seed import generate

__all__ = ["LEADERSHIP_MEETING_ID", "SALES_MEETING_ID", "BloomState"]

LEADERSHIP_MEETING_ID = 327249
SALES_MEETING_ID = 327311


class BloomState(PeopleOps, MeetingOps, ItemOps, GoalOps, ScoreOps):
    """Acme Manufacturing as Jane Cooper sees it. `seed` picks the data; `now` anchors its dates.

    `org` holds the records themselves (`org.todos`, `org.meetings`, ...) for tests that want to
    look underneath the wire format; change them only under `lock`.
    """

    leadership_meeting_id = LEADERSHIP_MEETING_ID
    sales_meeting_id = SALES_MEETING_ID

    def __init__(self, seed: int = 0, now: datetime | None = None) -> None:
        anchor = (now or datetime.now(UTC)).astimezone(UTC)
        super().__init__(generate(seed, anchor), anchor)

    def login(self, username: str, password: str) -> int | None:
        """The user a username (e-mail, any case) and password belong to, or None."""
        with self.lock:
            for email, secret in self.org.passwords.items():
                if email.lower() == username.strip().lower() and secret == password:
                    return next((u.id for u in self.org.users.values() if u.email == email), None)
            return None

    def set_password(self, user_id: int, password: str) -> str:
        """Let the user log in at `POST /Token` with their e-mail and `password`; returns the e-mail."""
        with self.lock:
            email = self._user(user_id).email
            self.org.passwords[email] = password
            return email
