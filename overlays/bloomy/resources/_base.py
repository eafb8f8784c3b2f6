"""What every bloomy resource has: bloomy-python's `user_id` and `get_user_id()`.

bloomy never needs the key's user id: with `user_id=None` a method asks the API's own "mine" operations
(`users/mine`, `todo/users/mine`...). bloomy-python's resources expose the id anyway, looked up once:

- `client.todo.user_id`: on a sync client, looked up on first use (one `users/mine`) and kept; on an
  async client, known only once `await client.todo.get_user_id()` (or an assignment) made it so,
  and a RuntimeError before, as in bloomy-python.
- `get_user_id()`: the id, looked up if not known yet (awaitable on an async client).
- `client.todo.user_id = 42`: that resource's methods then act for user 42 where `user_id` (or
  `owner_id`) is left None, as bloomy-python's do.

A lookup is shared by the client's resources: one `users/mine` per client at most.
"""

from __future__ import annotations

from bloomy_api.api.users import get_current_user
from overlay_runtime import Call, ClientT, OperationFlow, Resource, SyncAPIClient, model, operation

from .._client import CurrentUser
from .._exceptions import ResponseValidationError
from .._params import ident
from ..models import UserDetails

__all__ = ["BloomyResource", "me_call"]

NOT_KNOWN = "User ID not set. Use get_user_id() to fetch from API."  # bloomy-python's words


def me_call() -> Call[UserDetails]:
    """The key's own user (`get_current_user`)."""
    return Call(get_current_user.build_request(), parse=model(UserDetails))


class BloomyResource(Resource[ClientT]):
    """A resource of a bloomy client; `me` is the client's shared record of its user's id."""

    def __init__(self, client: ClientT, me: CurrentUser | None = None) -> None:
        super().__init__(client)
        self._me = CurrentUser() if me is None else me
        self._assigned: int | None = None

    @property
    def user_id(self) -> int:
        """The key's user id (or the one assigned to this resource); see the module docstring."""
        known = self._known()
        if known is not None:
            return known
        client = self._client
        if isinstance(client, SyncAPIClient):
            found: int = client.run(client.build(self._look_up))
            return found
        raise RuntimeError(NOT_KNOWN)

    @user_id.setter
    def user_id(self, value: int) -> None:
        self._assigned = ident(value, "user_id")

    @operation
    def get_user_id(self) -> OperationFlow[int]:
        """The key's user id (or the one assigned to this resource), looked up once per client."""
        return self._look_up()

    def _known(self) -> int | None:
        return self._assigned if self._assigned is not None else self._me.id

    def _look_up(self) -> OperationFlow[int]:
        known = self._known()
        if known is None:
            me: UserDetails = yield me_call()
            if not isinstance(me.id, int) or isinstance(me.id, bool):
                raise ResponseValidationError(f"users/mine sent no usable user id: {me.id!r}")
            self._me.id = known = me.id
        return known

    def _who(self, user_id: int | None) -> int | None:
        """Whom a call with this `user_id` is about: that user, else the one assigned to this resource,
        else None (the key's user, through the API's "mine" operations)."""
        return user_id if user_id is not None else self._assigned
