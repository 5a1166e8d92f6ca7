"""Mail against a real SMTP server on loopback: refused for now, refused for good, unbuildable."""

from datetime import timedelta
from email import message_from_bytes, policy

from django.core import mail as outbox
from django.utils import timezone

import pytest
from hypothesis import given, settings

from config.celery import app as celery_app
from core import mail
from core.models import MailFailure
from tests.core.hostile import hostile_text
from tests.knowledge.factories import UserFactory
from tests.uploads.factories import SubmissionFactory
from uploads import mails
from uploads.models import Submission
from uploads.tasks import send_submission_mail, sweep_unprocessed_uploads

pytestmark = pytest.mark.django_db


def old_submission(**fields) -> Submission:
    submission = SubmissionFactory(status=Submission.Status.READY)
    Submission.objects.filter(pk=submission.pk).update(
        created_at=timezone.now() - timedelta(hours=1), **fields
    )
    return Submission.objects.get(pk=submission.pk)


def failure(submission) -> MailFailure:
    return MailFailure.objects.get(purpose="knowledge.upload_received", object_id=submission.pk)


def test_a_mail_the_server_takes_is_delivered(smtp_server):
    submission = SubmissionFactory()

    assert mails.send_to_submitter(submission.pk, "received") is True

    assert len(smtp_server.messages) == 1
    assert b"mies@example.org" in smtp_server.messages[0]
    assert not MailFailure.objects.exists()


@pytest.fixture
def eager_retries(settings):
    """An eager task runs its retries at once, one after another, unless its error propagates."""
    celery_app.conf.task_eager_propagates = False
    yield
    celery_app.conf.task_eager_propagates = settings.CELERY_TASK_EAGER_PROPAGATES


def test_a_temporary_refusal_is_recorded_and_retried_until_the_server_takes_it(
    smtp_server, eager_retries
):
    submission = SubmissionFactory()
    smtp_server.refuse("451 4.3.0 Mailbox busy, try again later", times=2)

    send_submission_mail.apply(args=(submission.pk, "received"))

    submission.refresh_from_db()
    assert submission.confirmation_sent_at is not None
    assert len(smtp_server.messages) == 1
    recorded = failure(submission)
    assert recorded.attempts == 2 and not recorded.permanent
    assert recorded.resolved_at is not None
    assert "451" in recorded.last_error and "mies@example.org" not in recorded.last_error


def test_a_temporary_refusal_raises_for_the_task_to_retry(smtp_server):
    submission = SubmissionFactory()
    smtp_server.refuse("421 4.7.0 Too many connections")

    with pytest.raises(mail.TemporaryMailError):
        mails.send_to_submitter(submission.pk, "received")

    assert failure(submission).resolved_at is None


def test_a_permanent_refusal_is_recorded_and_not_retried(smtp_server):
    submission = SubmissionFactory()
    smtp_server.refuse("550 5.1.1 No such user", times=3)

    result = send_submission_mail.apply(args=(submission.pk, "received"))

    assert result.get() is False
    recorded = failure(submission)
    assert recorded.permanent and recorded.attempts == 1
    assert "550 5.1.1 No such user" in recorded.last_error
    submission.refresh_from_db()
    assert submission.confirmation_sent_at is None


def test_a_mail_that_cannot_be_built_is_recorded_and_the_sweep_moves_on(smtp_server):
    broken = old_submission(contact_email="mies@example.org\nBcc: iedereen@example.org")
    fine = old_submission()

    sweep_unprocessed_uploads.apply()
    sweep_unprocessed_uploads.apply()

    recorded = failure(broken)
    assert recorded.permanent and recorded.attempts == 1
    assert "BadHeaderError" in recorded.last_error
    fine.refresh_from_db()
    assert fine.confirmation_sent_at is not None
    assert len(smtp_server.messages) == 1


def test_staff_see_the_failures_in_the_admin(client, smtp_server):
    submission = SubmissionFactory(title="Jaarverslag van de buurtbus")
    smtp_server.refuse("550 5.7.1 Rejected")
    mails.send_to_submitter(submission.pk, "received")
    client.force_login(UserFactory(is_superuser=True, is_staff=True))

    response = client.get("/admin/mail_failures/")

    assert response.status_code == 200
    assert "Jaarverslag van de buurtbus" in response.content.decode()


def test_a_subject_from_a_stored_title_with_a_line_break_stays_one_header(smtp_server):
    submission = old_submission(title="Verslag\r\nBcc: iedereen@example.org")

    assert mails.send_to_submitter(submission.pk, "received") is True

    headers = smtp_server.messages[0].split(b"\r\n\r\n", 1)[0]
    assert b"\r\nBcc:" not in headers
    assert not [line for line in headers.splitlines() if line.startswith(b"Bcc")]


def test_plain_text_is_not_html_escaped():
    body = mail.render_text(
        "uploads/email/upload_received.txt",
        {"submission": SubmissionFactory(contact_name="Jan 't Hart & Zonen", title="Foto's")},
    )

    assert "Beste Jan 't Hart & Zonen," in body and '"Foto\'s"' in body
    assert "&#x27;" not in body and "&amp;" not in body
    assert outbox.outbox == []


@settings(max_examples=60, deadline=None)
@given(subject=hostile_text, body=hostile_text)
def test_any_text_makes_a_mail_that_is_sent_with_one_subject_line(subject, body):
    outbox.outbox.clear()
    sent = mail.send(
        mail.Mail("test.hostile", 1, "hostile", subject=subject, body=body, to=["b@example.org"])
    )

    assert sent is True
    parsed = message_from_bytes(outbox.outbox[0].message().as_bytes(), policy=policy.default)
    assert "\n" not in str(parsed["Subject"]) and "\r" not in str(parsed["Subject"])
    assert parsed.get_all("Bcc") is None
