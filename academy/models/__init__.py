from .pages import AcademyIndexPage, CoursePage, ModulePage
from .sessions import Registration, Session, SessionMessage
from .vocabularies import Audience, Teacher

__all__ = [
    "AcademyIndexPage",
    "Audience",
    "CoursePage",
    "ModulePage",
    "Registration",
    "Session",
    "SessionMessage",
    "Teacher",
]
