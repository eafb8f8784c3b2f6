from ..types import OpenStrEnum


class MeetingPageType(OpenStrEnum):
    CONCLUDE = "Conclude"
    EXTERNAL_PAGE = "External Page"
    IDS = "IDS"
    NOTES_BOX = "Notes Box"
    PEOPLE_HEADLINES = "People Headlines"
    ROCK_REVIEW = "Rock Review"
    SCORECARD = "Scorecard"
    SEGUE = "Segue"
    TITLE_PAGE = "Title Page"
    TO_DO_LIST = "To-do List"

    def __str__(self) -> str:
        return str(self.value)
