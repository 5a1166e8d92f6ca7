"""Read-side queries of the academy."""

from dataclasses import dataclass

from django.db.models import F, Min, OuterRef, Q, Subquery
from django.utils import timezone

from wagtail.models import Page

from academy.models import CoursePage, Registration, Session

SORT_UPCOMING = "eerstvolgend"
SORT_TITLE = "titel"


@dataclass(frozen=True)
class CatalogueFilters:
    theme: str = ""
    audience: str = ""
    format: str = ""
    sort: str = SORT_UPCOMING

    @property
    def is_active(self) -> bool:
        return bool(self.theme or self.audience or self.format)


def catalogue(index: Page, filters: CatalogueFilters) -> list[CoursePage]:
    """Live courses under ``index``, filtered; by default the next session first."""
    next_session = (
        Session.objects.filter(
            course__translation_key=OuterRef("translation_key"), starts_at__gt=timezone.now()
        )
        .exclude(status=Session.CANCELLED)
        .values("course__translation_key")
        .annotate(first=Min("starts_at"))
        .values("first")
    )
    courses = CoursePage.objects.child_of(index).live().public()
    if filters.theme:
        courses = courses.filter(themes__slug=filters.theme)
    if filters.audience:
        courses = courses.filter(audiences__slug=filters.audience)
    if filters.format:
        courses = courses.filter(format=filters.format)
    courses = courses.annotate(next_session=Subquery(next_session)).distinct()
    if filters.sort == SORT_TITLE:
        return list(courses.order_by("title"))
    return list(courses.order_by(F("next_session").asc(nulls_last=True), "title"))


def upcoming_sessions():
    """Every session still to come, for the public calendar feed."""
    return (
        Session.objects.filter(starts_at__gt=timezone.now(), course__live=True)
        .exclude(status=Session.CANCELLED)
        .select_related("course")
    )


def registrations_for_staff(session: Session) -> dict[str, list[Registration]]:
    rows = session.registrations.select_related("initiative").order_by("created_at", "id")
    grouped: dict[str, list[Registration]] = {key: [] for key, _ in Registration.STATUS_CHOICES}
    for registration in rows:
        grouped[registration.status].append(registration)
    return grouped


def attendance_counts(session: Session) -> dict[str, int]:
    """Counts survive anonymisation: they are what remains of a session after the retention."""
    rows = session.registrations.filter(status=Registration.REGISTERED)
    return {"registered": rows.count(), "attended": rows.filter(Q(attended=True)).count()}
