"""Users, search, and the accountability chart: seats, positions, roles; teams."""

from __future__ import annotations

from typing import Any

from ._core import StateCore, locked
from ._errors import ErrorReply
from ._model import Position, Role, Seat, Team

__all__ = ["PeopleOps"]


class PeopleOps(StateCore):
    # -- users -------------------------------------------------------------------------------
    @locked
    def user(self, user_id: int) -> dict[str, Any]:
        return self.render.user(self._user(user_id).id)

    def _seats_of(self, user_id: int) -> list[Seat]:
        return sorted((s for s in self.org.seats.values() if s.user_id == user_id), key=lambda s: s.ordering)

    @locked
    def direct_reports(self, user_id: int) -> list[dict[str, Any]]:
        """The users in the seats right below the user's seats (each once, chart order)."""
        self._user(user_id)
        mine = {s.id for s in self._seats_of(user_id)}
        below = sorted((s for s in self.org.seats.values() if s.parent_id in mine), key=lambda s: s.ordering)
        found = dict.fromkeys(s.user_id for s in below if s.user_id is not None and s.user_id in self.org.users)
        return [self.render.user(u) for u in found]

    @locked
    def viewable_users(self) -> list[dict[str, Any]]:
        return [self.render.user(u) for u in sorted(self.org.users)]

    @locked
    def user_seats(self, user_id: int) -> list[dict[str, Any]]:
        """`users/{id}/seats`: only each seat's `Group.Position` (a null position leaves `Group.Position` null)."""
        self._user(user_id)
        out = []
        for seat in self._seats_of(user_id):
            position = self.org.positions.get(seat.position_id) if seat.position_id is not None else None
            out.append(
                {"Group": {"Position": None if position is None else {"Id": position.id, "Name": position.name}}}
            )
        return out

    # -- search ------------------------------------------------------------------------------
    def _position_name(self, user_id: int) -> str | None:
        for seat in self._seats_of(user_id):
            position = self.org.positions.get(seat.position_id) if seat.position_id is not None else None
            if position is not None and position.name:
                return position.name
        return None

    @locked
    def search(self, term: str, users_only: bool = False) -> list[dict[str, Any]]:
        """Users (then teams and positions, unless `users_only`) whose name holds `term`; `%` matches all."""
        needle = term.strip().lower()

        def hit(*texts: str | None) -> bool:
            return needle in ("%", "") or any(needle in (t or "").lower() for t in texts)

        common = {"OrganizationId": self.org.id, "Organization": self.org.name}
        out: list[dict[str, Any]] = []
        for user in sorted(self.org.users.values(), key=lambda u: u.name):
            if hit(user.name, user.email):
                out.append(
                    {"Id": user.id, "Name": user.name, "Description": self._position_name(user.id), **common}
                    | {"Email": user.email, "ImageUrl": user.image_url, "ResultType": "User"}
                )
        if users_only:
            return out
        for team in sorted(self.org.teams.values(), key=lambda t: t.name):
            if hit(team.name):
                blank = {"Description": None, "Email": None, "ImageUrl": None}
                out.append({"Id": team.id, "Name": team.name, **common, **blank, "ResultType": "Team"})
        for position in sorted(self.org.positions.values(), key=lambda p: p.id):
            if position.name and hit(position.name):
                blank = {"Description": None, "Email": None, "ImageUrl": None}
                out.append({"Id": position.id, "Name": position.name, **common, **blank, "ResultType": "Position"})
        return out

    # -- seats -------------------------------------------------------------------------------
    @locked
    def seat(self, seat_id: int) -> dict[str, Any]:
        return self.render.seat(self._seat(seat_id))

    @locked
    def seats_of(self, user_id: int) -> list[dict[str, Any]]:
        self._user(user_id)
        return [self.render.seat(s) for s in self._seats_of(user_id)]

    @locked
    def delete_seat(self, seat_id: int) -> None:
        """Remove the seat; the seats below it move up to its parent."""
        seat = self._seat(seat_id)
        for child in self.org.seats.values():
            if child.parent_id == seat.id:
                child.parent_id = seat.parent_id
        del self.org.seats[seat.id]

    @locked
    def seat_position(self, seat_id: int) -> dict[str, Any]:
        seat = self._seat(seat_id)
        if seat.position_id is None or seat.position_id not in self.org.positions:
            raise ErrorReply(404, {"Message": f"Seat {seat_id} has no position."})
        return self.render.position(self.org.positions[seat.position_id])

    @locked
    def set_seat_position(self, seat_id: int, position_id: int | None) -> None:
        seat = self._seat(seat_id)
        seat.position_id = None if position_id is None else self._position(position_id).id

    @locked
    def seat_user(self, seat_id: int) -> dict[str, Any]:
        seat = self._seat(seat_id)
        if seat.user_id is None or seat.user_id not in self.org.users:
            raise ErrorReply(404, {"Message": f"Seat {seat_id} has no user."})
        return self.render.user(seat.user_id)

    @locked
    def set_seat_user(self, seat_id: int, user_id: int | None) -> None:
        seat = self._seat(seat_id)
        seat.user_id = None if user_id is None else self._user(user_id).id

    @locked
    def add_direct_report(self, seat_id: int, user_id: int) -> dict[str, Any]:
        """A new seat below `seat_id`, with the user in it and no position yet."""
        parent = self._seat(seat_id)
        user = self._user(user_id)
        order = 1 + max((s.ordering for s in self.org.seats.values()), default=0)
        seat = Seat(self.org.new_id("seat", 112233), parent.id, None, user.id, self.org.new_id("group", 667788), order)
        self.org.seats[seat.id] = seat
        return self.render.seat(seat)

    # -- positions and roles -----------------------------------------------------------------
    @locked
    def create_position(self, title: str | None) -> dict[str, Any]:
        position = Position(self.org.new_id("position", 223344), self._title(title), self.clock())
        self.org.positions[position.id] = position
        return self.render.position(position)

    @locked
    def positions_of(self, user_id: int) -> list[dict[str, Any]]:
        ids = dict.fromkeys(s.position_id for s in self._seats_of(user_id) if s.position_id in self.org.positions)
        return [self.render.position(self.org.positions[p]) for p in ids if p is not None]

    @locked
    def position(self, position_id: int) -> dict[str, Any]:
        return self.render.position(self._position(position_id))

    @locked
    def rename_position(self, position_id: int, title: str | None) -> None:
        self._position(position_id).name = self._title(title)

    @locked
    def roles(self, position_id: int) -> list[dict[str, Any]]:
        self._position(position_id)
        found = sorted((r for r in self.org.roles.values() if r.position_id == position_id), key=lambda r: r.ordering)
        return [self.render.role(r) for r in found]

    @locked
    def add_role(self, position_id: int, title: str | None) -> dict[str, Any]:
        position = self._position(position_id)
        order = sum(1 for r in self.org.roles.values() if r.position_id == position.id)
        role = Role(self.org.new_id("role", 334455), position.id, self._title(title), order, self.clock())
        self.org.roles[role.id] = role
        return self.render.role(role)

    @locked
    def role(self, role_id: int) -> dict[str, Any]:
        return self.render.role(self._role(role_id))

    @locked
    def update_role(self, role_id: int, title: str | None) -> None:
        self._role(role_id).name = self._title(title)

    @locked
    def delete_role(self, role_id: int) -> None:
        del self.org.roles[self._role(role_id).id]

    # -- teams -------------------------------------------------------------------------------
    @locked
    def create_team(self, title: str | None, manager: int) -> dict[str, Any]:
        team = Team(self.org.new_id("team", 445566), self._title(title), manager, "Standard", [manager])
        self.org.teams[team.id] = team
        return self.render.team(team)

    @locked
    def team(self, team_id: int) -> dict[str, Any]:
        return self.render.team(self._team(team_id))

    @locked
    def rename_team(self, team_id: int, title: str | None) -> dict[str, Any]:
        team = self._team(team_id)
        team.name = self._title(title)
        return self.render.team(team)

    @locked
    def team_members(self, team_id: int) -> list[dict[str, Any]]:
        return [self.render.user(u) for u in self._team(team_id).members if u in self.org.users]

    @locked
    def add_team_member(self, team_id: int, user_id: int) -> bool:
        team, user = self._team(team_id), self._user(user_id)
        if user.id not in team.members:
            team.members.append(user.id)
        return True

    @locked
    def remove_team_member(self, team_id: int, user_id: int) -> bool:
        team = self._team(team_id)
        if user_id in team.members:
            team.members.remove(user_id)
        return True
