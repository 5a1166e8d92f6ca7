from datetime import UTC, datetime, timedelta

from django.core import mail
from django.utils import timezone

import pytest

from academy.models import Registration, Session
from academy.registration import (
    Outcome,
    RegistrationRequest,
    cancel_registration,
    cancel_session,
    fill_free_seats,
    mark_attendance,
    register,
)

from .factories import RegistrationFactory, SessionFactory

pytestmark = pytest.mark.django_db


def request_for(session, email="mies@example.org", **extra) -> RegistrationRequest:
    return RegistrationRequest(
        session_id=session.pk, name="Mies", email=email, consent=True, **extra
    )


def test_registration_with_a_free_seat_is_registered(session):
    result = register(request_for(session))

    assert result.outcome is Outcome.REGISTERED
    assert result.registration.status == Registration.REGISTERED


def test_registration_for_a_full_session_goes_on_the_waiting_list(session):
    RegistrationFactory.create_batch(2, session=session)

    result = register(request_for(session))

    assert result.outcome is Outcome.WAITING
    assert result.registration.waiting_position() == 1


def test_session_marked_full_by_the_organisers_puts_people_on_the_waiting_list(session):
    Session.objects.filter(pk=session.pk).update(status=Session.FULL)

    assert register(request_for(session)).outcome is Outcome.WAITING


def test_same_email_in_other_capitals_is_a_duplicate_and_not_stored(session):
    register(request_for(session, email="Mies@Example.org"))

    result = register(request_for(session, email="mies@example.ORG"))

    assert result.outcome is Outcome.DUPLICATE
    assert "al aangemeld" in result.message
    assert session.registrations.count() == 1


def test_after_cancelling_the_same_email_can_register_again(session):
    first = register(request_for(session)).registration
    cancel_registration(first.pk)

    assert register(request_for(session)).outcome is Outcome.REGISTERED


def test_registration_after_the_deadline_is_refused(session):
    session.registration_deadline = timezone.now() - timedelta(hours=1)
    session.save()

    result = register(request_for(session))

    assert result.outcome is Outcome.CLOSED
    assert "gesloten" in result.message
    assert not session.registrations.exists()


def test_registration_for_a_past_session_is_refused(session):
    session.starts_at = timezone.now() - timedelta(days=1)
    session.ends_at = session.starts_at + timedelta(hours=2)
    session.save()

    result = register(request_for(session))

    assert result.outcome is Outcome.CLOSED
    assert "al geweest" in result.message
    assert not session.registrations.exists()


def test_registration_for_a_cancelled_session_is_refused(session):
    cancel_session(session.pk, "De zaal is niet beschikbaar.")

    result = register(request_for(session))

    assert result.outcome is Outcome.CLOSED
    assert "gaat niet door" in result.message or "geannuleerd" in result.message
    assert not session.registrations.exists()


def test_registration_without_consent_is_never_stored(session):
    with pytest.raises(ValueError):
        register(
            RegistrationRequest(session_id=session.pk, name="Mies", email="m@e.nl", consent=False)
        )

    assert not session.registrations.exists()


def test_cancelling_a_seat_promotes_the_first_person_on_the_waiting_list(
    session, django_capture_on_commit_callbacks
):
    seated = RegistrationFactory.create_batch(2, session=session)
    first = RegistrationFactory(session=session, status=Registration.WAITING)
    second = RegistrationFactory(session=session, status=Registration.WAITING)

    with django_capture_on_commit_callbacks(execute=True):
        result = cancel_registration(seated[0].pk)

    first.refresh_from_db()
    second.refresh_from_db()
    assert result.promoted == first
    assert first.status == Registration.REGISTERED and first.promoted_at is not None
    assert second.status == Registration.WAITING
    assert [message.to for message in mail.outbox] == [[first.email]]


def test_cancelling_from_the_waiting_list_promotes_nobody(session):
    RegistrationFactory.create_batch(2, session=session)
    waiting = RegistrationFactory(session=session, status=Registration.WAITING)
    other = RegistrationFactory(session=session, status=Registration.WAITING)

    result = cancel_registration(waiting.pk)

    other.refresh_from_db()
    assert result.promoted is None
    assert other.status == Registration.WAITING


def test_cancelling_twice_changes_nothing_the_second_time(session):
    registration = RegistrationFactory(session=session)

    assert cancel_registration(registration.pk).cancelled is True
    assert cancel_registration(registration.pk).cancelled is False


def test_more_places_move_people_up_from_the_waiting_list(session):
    RegistrationFactory.create_batch(2, session=session)
    waiting = RegistrationFactory.create_batch(3, session=session, status=Registration.WAITING)
    Session.objects.filter(pk=session.pk).update(capacity=4)

    promoted = fill_free_seats(session.pk)

    assert promoted == waiting[:2]


def test_cancelled_session_notifies_everyone_registered_or_waiting(
    session, django_capture_on_commit_callbacks
):
    registered = RegistrationFactory(session=session)
    waiting = RegistrationFactory(session=session, status=Registration.WAITING)
    RegistrationFactory(session=session, status=Registration.CANCELLED)

    with django_capture_on_commit_callbacks(execute=True):
        count = cancel_session(session.pk, "De docent is ziek.")

    session.refresh_from_db()
    assert count == 2
    assert session.status == Session.CANCELLED
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        [registered.email, waiting.email]
    )
    assert all("De docent is ziek." in message.body for message in mail.outbox)


def test_attendance_is_marked_only_for_registered_people(session):
    present, absent = RegistrationFactory.create_batch(2, session=session)
    waiting = RegistrationFactory(session=session, status=Registration.WAITING)

    count = mark_attendance(session.pk, {present.pk, waiting.pk})

    assert count == 1
    assert Registration.objects.get(pk=present.pk).attended is True
    assert Registration.objects.get(pk=absent.pk).attended is False
    assert Registration.objects.get(pk=waiting.pk).attended is False


def test_session_times_are_shown_in_dutch_in_amsterdam_time(course):
    session = SessionFactory(
        course=course,
        starts_at=datetime(2030, 3, 5, 13, 0, tzinfo=UTC),
        ends_at=datetime(2030, 3, 5, 15, 30, tzinfo=UTC),
    )

    assert session.date_display() == "dinsdag 5 maart 2030"
    assert session.time_display() == "14.00 tot 16.30 uur"
