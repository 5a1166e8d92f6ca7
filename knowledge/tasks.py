"""Background work of the knowledge base. Tasks are thin: the rules live in services."""

import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone, translation

from celery import shared_task

from core.tasks import TRANSIENT_ERRORS

logger = logging.getLogger(__name__)

MAIL_ERRORS = (smtplib.SMTPException, OSError)


def editor_addresses() -> list[str]:
    from django.contrib.auth import get_user_model

    from knowledge.editorial import EDITOR_GROUP_NAMES

    users = (
        get_user_model()
        .objects.filter(is_active=True, groups__name__in=EDITOR_GROUP_NAMES)
        .exclude(email="")
    )
    return sorted({*settings.FEEDBACK_NOTIFY_EMAILS, *users.values_list("email", flat=True)})


@shared_task(
    name="knowledge.notify_editors_of_feedback",
    autoretry_for=MAIL_ERRORS + TRANSIENT_ERRORS,
    retry_backoff=30,
    retry_backoff_max=60 * 60,
    max_retries=10,
)
def notify_editors_of_feedback(feedback_id: int) -> bool:
    """Mail the editors about one comment; idempotent, so a retry never mails twice."""
    from knowledge.models import WhitepaperFeedback

    feedback = (
        WhitepaperFeedback.objects.select_related("page")
        .filter(pk=feedback_id, editors_notified_at__isnull=True)
        .first()
    )
    if feedback is None:
        return False
    recipients = editor_addresses()
    if not recipients:
        logger.warning("No editor address for feedback %s", feedback_id)
        return False
    with translation.override(settings.LANGUAGE_CODE):
        body = render_to_string("knowledge/email/feedback_notification.txt", {"feedback": feedback})
        subject = f'Nieuwe reactie op "{feedback.page.title}"'
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
    WhitepaperFeedback.objects.filter(pk=feedback.pk).update(editors_notified_at=timezone.now())
    return True


@shared_task(name="knowledge.sweep_unnotified_feedback")
def sweep_unnotified_feedback() -> int:
    """Re-send notifications that never reached the broker (it was down when they were stored)."""
    from knowledge.models import WhitepaperFeedback

    stale = timezone.now() - timedelta(minutes=15)
    pending = WhitepaperFeedback.objects.filter(
        editors_notified_at__isnull=True, created_at__lt=stale
    ).values_list("pk", flat=True)
    for feedback_id in pending:
        notify_editors_of_feedback.delay(feedback_id)
    return len(pending)


@shared_task(name="knowledge.purge_old_feedback")
def purge_old_feedback() -> int:
    """Personal data is kept only as long as editors need it."""
    from knowledge.models import WhitepaperFeedback

    cutoff = timezone.now() - timedelta(days=settings.FEEDBACK_RETENTION_DAYS)
    deleted, _ = WhitepaperFeedback.objects.filter(created_at__lt=cutoff).delete()
    return deleted


# --- "Trots op mijn initiatief" -------------------------------------------------------------
# Processing a submission may take minutes: acks_late with reject_on_worker_lost means a
# worker killed in the middle leaves the message on the broker, and another worker redoes
# the files that were not finished (the service is idempotent).
UPLOAD_TASK_SECONDS = settings.UPLOADS_PROCESS_SECONDS * settings.UPLOADS_MAX_FILES * 3 + 120


@shared_task(
    name="knowledge.process_submission",
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=TRANSIENT_ERRORS,
    retry_backoff=30,
    max_retries=5,
    soft_time_limit=UPLOAD_TASK_SECONDS,
    time_limit=UPLOAD_TASK_SECONDS + 60,
)
def process_submission(submission_id: int) -> bool:
    from knowledge.uploads import processing

    return processing.process_submission(submission_id)


@shared_task(
    name="knowledge.send_submission_mail",
    autoretry_for=MAIL_ERRORS + TRANSIENT_ERRORS,
    retry_backoff=30,
    retry_backoff_max=60 * 60,
    max_retries=10,
)
def send_submission_mail(submission_id: int, kind: str) -> bool:
    from knowledge.uploads import mails

    return mails.send_to_submitter(submission_id, kind)


@shared_task(
    name="knowledge.notify_moderators",
    autoretry_for=MAIL_ERRORS + TRANSIENT_ERRORS,
    retry_backoff=30,
    retry_backoff_max=60 * 60,
    max_retries=10,
)
def notify_moderators(submission_id: int) -> bool:
    from knowledge.uploads import mails

    return mails.notify_moderators(submission_id)


@shared_task(name="knowledge.sweep_unprocessed_uploads")
def sweep_unprocessed_uploads() -> int:
    """Resend what never reached the broker: processing and the confirmation mail."""
    from knowledge.models import Submission

    stale = timezone.now() - timedelta(minutes=15)
    waiting = Submission.objects.filter(
        status=Submission.Status.PROCESSING, created_at__lt=stale
    ).values_list("pk", flat=True)
    for submission_id in waiting:
        process_submission.delay(submission_id)
    unconfirmed = Submission.objects.filter(
        confirmation_sent_at__isnull=True, created_at__lt=stale, personal_data_removed_at=None
    ).values_list("pk", flat=True)
    for submission_id in unconfirmed:
        send_submission_mail.delay(submission_id, "received")
    return len(waiting) + len(unconfirmed)


@shared_task(name="knowledge.purge_upload_personal_data")
def purge_upload_personal_data() -> int:
    from knowledge.uploads import retention

    return retention.purge()


@shared_task(
    name="knowledge.extract_document_text",
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=TRANSIENT_ERRORS,
    retry_backoff=30,
    max_retries=5,
)
def extract_document_text(document_id: int) -> bool:
    from knowledge import document_text

    return document_text.extract(document_id)
