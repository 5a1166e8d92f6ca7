from datetime import timedelta
from urllib.parse import urlsplit

from django.core import mail
from django.test import override_settings
from django.utils import timezone

import pytest

from academy.models import Registration
from academy.registration import RegistrationRequest, register
from academy.tasks import send_confirmation, send_reminders, sweep_unsent_mail
from tests.waiting import wait_until

from .factories import RegistrationFactory, SessionFactory

MAIL_SERVER_DOWN = {
    "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
    "EMAIL_HOST": "127.0.0.1",
    "EMAIL_PORT": 1,
    "EMAIL_TIMEOUT": 2,
}


def request_for(session, email="mies@example.org") -> RegistrationRequest:
    return RegistrationRequest(session_id=session.pk, name="Mies", email=email, consent=True)


@pytest.mark.django_db
def test_confirmation_has_a_calendar_attachment_and_a_working_link(
    client, session, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        register(request_for(session))

    message = mail.outbox[0]
    name, content, mimetype = message.attachments[0]
    assert message.subject == f"U bent aangemeld: {session.display_title}"
    assert name == "bijeenkomst.ics"
    assert mimetype.startswith("text/calendar")
    assert "BEGIN:VEVENT" in content and "Dorpshuis De Linde" in content
    link = next(line for line in message.body.splitlines() if "/academie/inschrijving/" in line)
    assert client.get(urlsplit(link.strip()).path).status_code == 200


@pytest.mark.django_db
def test_waiting_list_mail_says_where_you_stand_and_has_no_calendar(
    session, django_capture_on_commit_callbacks
):
    RegistrationFactory.create_batch(2, session=session)

    with django_capture_on_commit_callbacks(execute=True):
        register(request_for(session))

    assert "op nummer 1" in mail.outbox[0].body
    assert mail.outbox[0].attachments == []


@pytest.mark.django_db
def test_registration_is_kept_when_the_mail_server_is_down(
    session, django_capture_on_commit_callbacks
):
    with override_settings(**MAIL_SERVER_DOWN), django_capture_on_commit_callbacks(execute=True):
        result = register(request_for(session))

    registration = Registration.objects.get(pk=result.registration.pk)
    assert registration.status == Registration.REGISTERED
    assert registration.confirmation_sent_at is None


@pytest.mark.django_db
def test_confirmation_is_sent_once_even_when_the_task_runs_twice(session):
    registration = RegistrationFactory(session=session)

    assert send_confirmation(registration.pk) is True
    assert send_confirmation(registration.pk) is False
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_sweep_sends_confirmations_that_never_reached_the_broker(session):
    RegistrationFactory(session=session, created_at=timezone.now() - timedelta(hours=1))

    assert sweep_unsent_mail() == 1
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_reminder_goes_to_registered_people_two_days_before(course):
    soon = SessionFactory(course=course, starts_at=timezone.now() + timedelta(days=1, hours=20))
    later = SessionFactory(course=course, starts_at=timezone.now() + timedelta(days=10))
    reminded = RegistrationFactory(session=soon)
    RegistrationFactory(session=soon, status=Registration.WAITING)
    RegistrationFactory(session=later)

    assert send_reminders() == 1
    assert send_reminders() == 0
    assert [message.to for message in mail.outbox] == [[reminded.email]]
    assert mail.outbox[0].subject.startswith("Herinnering")


@pytest.mark.celery
@pytest.mark.django_db(transaction=True)
def test_confirmation_is_sent_by_a_real_worker_after_the_commit(celery_worker, site_tree):
    from .factories import AcademyIndexPageFactory, CoursePageFactory

    index = AcademyIndexPageFactory(parent=site_tree.homes["nl"])
    session = SessionFactory(course=CoursePageFactory(parent=index))

    result = register(request_for(session))

    # The worker is another process: it marks the mail as sent in the shared database.
    sent_at = wait_until(
        lambda: Registration.objects.get(pk=result.registration.pk).confirmation_sent_at
    )
    assert sent_at is not None


@pytest.mark.django_db
def test_the_confirmation_is_plain_text_not_html_escaped(session):
    session.course.title = "Foto's & verhalen"
    session.course.save_revision().publish()
    registration = RegistrationFactory(session=session, name="Jan 't Hart & Zonen")

    send_confirmation(registration.pk)

    message = mail.outbox[0]
    assert "Jan 't Hart & Zonen" in message.body and "Foto's & verhalen" in message.body
    assert "&#x27;" not in message.body and "&amp;" not in message.body
    assert message.subject.endswith("Foto's & verhalen")


@pytest.mark.django_db
def test_a_name_with_a_line_break_is_refused_in_dutch_and_the_form_kept(client, session):
    course = session.course
    data = {"name": "Mies\r\nBcc: iedereen@example.org", "email": "mies@example.org"}

    response = client.post(f"{course.url}aanmelden/{session.pk}/", {**data, "consent": "on"})

    assert response.status_code == 400
    content = response.content.decode()
    assert "Schrijf dit op één regel" in content and 'value="mies@example.org"' in content
    assert not Registration.objects.exists()


@pytest.mark.django_db
def test_a_stored_title_with_a_line_break_still_gives_a_one_line_subject(session):
    type(session.course).objects.filter(pk=session.course_id).update(title="Leergang\r\nBcc: x")
    registration = RegistrationFactory(session=session)

    assert send_confirmation(registration.pk) is True

    assert mail.outbox[0].subject == "U bent aangemeld: Leergang Bcc: x"
