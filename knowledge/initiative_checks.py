"""Freshness of the directory: entries due for a check, and marking one as checked."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import F, Q
from django.utils import timezone

from knowledge.directory import published_initiatives
from knowledge.models import Initiative

CHECK_EVERY_DAYS = 365


@dataclass(frozen=True)
class DueInitiative:
    initiative: Initiative
    last_checked: date | None


def initiatives_due_for_a_check(*, today: date | None = None) -> list[DueInitiative]:
    """Published entries never checked, or last checked more than a year ago; oldest first."""
    today = today or timezone.localdate()
    limit = today - timedelta(days=CHECK_EVERY_DAYS)
    initiatives = (
        published_initiatives()
        .filter(Q(last_checked__isnull=True) | Q(last_checked__lt=limit))
        .select_related("province")
        .order_by(F("last_checked").asc(nulls_first=True), "name")
    )
    return [DueInitiative(initiative, initiative.last_checked) for initiative in initiatives]


def mark_initiative_checked(initiative: Initiative, *, today: date | None = None) -> Initiative:
    initiative.last_checked = today or timezone.localdate()
    initiative.save(update_fields=["last_checked"])
    return initiative
