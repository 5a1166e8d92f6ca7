"""Adviser-only knowledge on cases, and the list of cases due for a check."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.utils import timezone

from helpdesk.models import CaseNote
from knowledge.models import CasePage

CHECK_EVERY_DAYS = 365


def note_for(case) -> CaseNote:
    """The case's note, unsaved when there is none yet."""
    return CaseNote.objects.filter(case=case).first() or CaseNote(case=case)


def mark_checked(case, user, *, today: date | None = None) -> CaseNote:
    note = note_for(case)
    note.last_checked = today or timezone.localdate()
    note.updated_by = user
    note.save()
    return note


@dataclass(frozen=True)
class DueCheck:
    case: object
    last_checked: date | None
    still_active: str


def cases_due_for_a_check(*, today: date | None = None, language: str = "nl") -> list[DueCheck]:
    """Live cases never checked, or last checked more than a year ago; oldest first."""
    today = today or timezone.localdate()
    limit = today - timedelta(days=CHECK_EVERY_DAYS)
    cases = (
        CasePage.objects.live()
        .filter(locale__language_code=language)
        .exclude(helpdesk_note__last_checked__gte=limit)
        .select_related("helpdesk_note")
        .order_by("helpdesk_note__last_checked", "title")
    )
    result = []
    for case in cases:
        note = getattr(case, "helpdesk_note", None)
        result.append(
            DueCheck(
                case,
                note.last_checked if note else None,
                note.get_still_active_display() if note else "",
            )
        )
    return result
