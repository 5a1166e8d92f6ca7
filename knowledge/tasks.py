"""Background work of the knowledge base. Tasks are thin: the rules live in services."""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from celery import shared_task

from core import mail
from core.mail import MAIL_TASK
from core.tasks import TRANSIENT_ERRORS
from knowledge import document_text, feedback

logger = logging.getLogger(__name__)


@shared_task(name="knowledge.notify_editors_of_feedback", **MAIL_TASK)
def notify_editors_of_feedback(feedback_id: int) -> bool:
    return feedback.notify_editors(feedback_id)


@shared_task(name="knowledge.sweep_unnotified_feedback")
def sweep_unnotified_feedback() -> int:
    return feedback.notify_editors_again()


@shared_task(name="knowledge.purge_old_feedback")
def purge_old_feedback() -> int:
    return feedback.purge_old_feedback()


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


@shared_task(name="knowledge.send_submission_mail", **MAIL_TASK)
def send_submission_mail(submission_id: int, kind: str) -> bool:
    from knowledge.uploads import mails

    return mails.send_to_submitter(submission_id, kind)


@shared_task(name="knowledge.notify_moderators", **MAIL_TASK)
def notify_moderators(submission_id: int) -> bool:
    from knowledge.uploads import mails

    return mails.notify_moderators(submission_id)


@shared_task(name="knowledge.sweep_unprocessed_uploads")
def sweep_unprocessed_uploads() -> int:
    """Resend what never reached the broker: processing and the confirmation mail."""
    from knowledge.models import Submission
    from knowledge.uploads import mails

    stale = timezone.now() - timedelta(minutes=15)
    waiting = Submission.objects.filter(
        status=Submission.Status.PROCESSING, created_at__lt=stale
    ).values_list("pk", flat=True)
    for submission_id in waiting:
        process_submission.delay(submission_id)
    unconfirmed = (
        Submission.objects.filter(
            confirmation_sent_at__isnull=True, created_at__lt=stale, personal_data_removed_at=None
        )
        .exclude(pk__in=mail.given_up(mails.purpose("received")))
        .values_list("pk", flat=True)
    )
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
    return document_text.extract(document_id)
