"""Background work of "Trots op mijn initiatief". Tasks are thin: the rules live in services.

Services enqueue these by name (``core.tasks.enqueue_after_commit("uploads.…")``), so this
module imports the services and never the other way round.
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from celery import shared_task

from core import mail
from core.mail import MAIL_TASK
from core.tasks import TRANSIENT_ERRORS
from uploads import mails, processing, retention
from uploads.models import Submission

# Processing a submission may take minutes: acks_late with reject_on_worker_lost means a
# worker killed in the middle leaves the message on the broker, and another worker redoes
# the files that were not finished (the service is idempotent).
UPLOAD_TASK_SECONDS = settings.UPLOADS_PROCESS_SECONDS * settings.UPLOADS_MAX_FILES * 3 + 120


@shared_task(
    name="uploads.process_submission",
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=TRANSIENT_ERRORS,
    retry_backoff=30,
    max_retries=5,
    soft_time_limit=UPLOAD_TASK_SECONDS,
    time_limit=UPLOAD_TASK_SECONDS + 60,
)
def process_submission(submission_id: int) -> bool:
    return processing.process_submission(submission_id)


@shared_task(name="uploads.send_submission_mail", **MAIL_TASK)
def send_submission_mail(submission_id: int, kind: str) -> bool:
    return mails.send_to_submitter(submission_id, kind)


@shared_task(name="uploads.notify_moderators", **MAIL_TASK)
def notify_moderators(submission_id: int) -> bool:
    return mails.notify_moderators(submission_id)


@shared_task(name="uploads.sweep_unprocessed_uploads")
def sweep_unprocessed_uploads() -> int:
    """Resend what never reached the broker: processing and the confirmation mail."""
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


@shared_task(name="uploads.purge_upload_personal_data")
def purge_upload_personal_data() -> int:
    return retention.purge()
