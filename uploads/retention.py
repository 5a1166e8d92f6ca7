"""Personal data of senders is kept only as long as moderators need it."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from uploads.models import Submission, SubmissionFile
from uploads.storage import delete_stored_file

# Files whose form was never completed.
ABANDONED_AFTER = timedelta(days=1)


def _delete_submission(submission: Submission) -> None:
    for item in submission.files.all():
        delete_stored_file(item)
    submission.delete()


@transaction.atomic
def purge(now=None) -> int:
    """Contact details of decided submissions, rejected and unanswered ones entirely, and
    abandoned files: everything older than ``UPLOADS_RETENTION_DAYS`` after the decision."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.UPLOADS_RETENTION_DAYS)
    count = 0
    ended = Submission.objects.filter(
        decided_at__lt=cutoff,
        status__in=[Submission.Status.REJECTED, Submission.Status.CHANGES_REQUESTED],
    )
    for submission in ended:
        _delete_submission(submission)
        count += 1
    approved = Submission.objects.filter(
        decided_at__lt=cutoff,
        status=Submission.Status.APPROVED,
        personal_data_removed_at__isnull=True,
    )
    for submission in approved:
        for item in submission.files.all():
            delete_stored_file(item)
        submission.files.all().delete()
    count += approved.update(contact_name="", contact_email="", personal_data_removed_at=now)
    for item in SubmissionFile.objects.filter(
        submission__isnull=True, created_at__lt=now - ABANDONED_AFTER
    ):
        delete_stored_file(item)
        item.delete()
        count += 1
    return count
