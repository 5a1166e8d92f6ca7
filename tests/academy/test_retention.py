from datetime import timedelta

from django.utils import timezone

import pytest

from academy.links import personal_url
from academy.models import Registration
from academy.retention import anonymise_old_registrations
from academy.selectors import attendance_counts
from academy.tasks import anonymise_old_registrations as anonymise_task

from .factories import RegistrationFactory, SessionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def old_session(course):
    starts_at = timezone.now() - timedelta(days=500)
    return SessionFactory(
        course=course, starts_at=starts_at, ends_at=starts_at + timedelta(hours=2)
    )


def test_old_registrations_lose_their_personal_data(old_session, settings):
    settings.ACADEMY_RETENTION_MONTHS = 12
    registration = RegistrationFactory(session=old_session, accessibility_needs="Rolstoel")

    assert anonymise_task() == 1

    registration.refresh_from_db()
    assert (registration.name, registration.email, registration.accessibility_needs) == ("", "", "")
    assert registration.anonymised_at is not None


def test_anonymising_keeps_the_attendance_counts(old_session):
    RegistrationFactory.create_batch(2, session=old_session, attended=True)
    RegistrationFactory(session=old_session, attended=False)
    before = attendance_counts(old_session)

    anonymise_old_registrations(months=12)

    assert attendance_counts(old_session) == before == {"registered": 3, "attended": 2}


def test_recent_registrations_are_kept(session):
    registration = RegistrationFactory(session=session)

    assert anonymise_old_registrations(months=12) == 0
    assert Registration.objects.get(pk=registration.pk).email == registration.email


def test_personal_link_stops_working_after_anonymising(client, old_session):
    registration = RegistrationFactory(session=old_session)
    url = personal_url(registration, absolute=False)

    anonymise_old_registrations(months=1)

    assert client.get(url).status_code == 400
