from ..types import OpenStrEnum


class MeetingBasicsTeamType(OpenStrEnum):
    DEPARTMENTALTEAM = "DepartmentalTeam"
    LEADERSHIPTEAM = "LeadershipTeam"
    OTHER = "Other"
    SAMEPAGEMEETING = "SamePageMeeting"

    def __str__(self) -> str:
        return str(self.value)
