"""Session statuses stored in Dutch ("vol", "geannuleerd") become English machine values."""

from datetime import timedelta

from django.utils import timezone

import pytest

from academy.models import Session
from tests.migrating import database_at

from .factories import SessionFactory

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = "0003_load_audiences"


def test_dutch_statuses_stored_before_the_migration_become_english(course):
    starts_at = timezone.now() + timedelta(days=10)
    with database_at("academy", BEFORE) as apps:
        OldSession = apps.get_model("academy", "Session")
        for status in ["open", "vol", "geannuleerd"]:
            OldSession.objects.create(
                course_id=course.pk,
                title=status,
                starts_at=starts_at,
                ends_at=starts_at + timedelta(hours=2),
                status=status,
            )

    stored = dict(Session.objects.values_list("title", "status"))
    assert stored == {"open": Session.OPEN, "vol": Session.FULL, "geannuleerd": Session.CANCELLED}
    assert (Session.OPEN, Session.FULL, Session.CANCELLED) == ("open", "full", "cancelled")


def test_migrating_back_stores_the_dutch_statuses_again(course):
    for status in [Session.OPEN, Session.FULL, Session.CANCELLED]:
        SessionFactory(course=course, title=status, status=status)

    with database_at("academy", BEFORE) as apps:
        OldSession = apps.get_model("academy", "Session")
        stored = dict(OldSession.objects.values_list("title", "status"))

    assert stored == {"open": "open", "full": "vol", "cancelled": "geannuleerd"}
    assert set(Session.objects.values_list("status", flat=True)) == {"open", "full", "cancelled"}


def test_the_labels_stay_dutch(course):
    session = SessionFactory(course=course, status=Session.FULL)
    cancelled = SessionFactory(course=course, status=Session.CANCELLED)

    assert (session.get_status_display(), cancelled.get_status_display()) == ("vol", "geannuleerd")
