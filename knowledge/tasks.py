"""Background work of the knowledge base. Tasks are thin: the rules live in services."""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone, translation

from celery import shared_task

from core import mail
from core.mail import MAIL_TASK
from core.tasks import TRANSIENT_ERRORS

logger = logging.getLogger(__name__)

FEEDBACK_MAIL = "knowledge.feedback"


def editor_addresses() -> list[str]:
    from django.contrib.auth import get_user_model

    from knowledge.editorial import EDITOR_GROUP_NAMES

    users = (
        get_user_model()
        .objects.filter(is_active=True, groups__name__in=EDITOR_GROUP_NAMES)
        .exclude(email="")
    )
    return sorted({*settings.FEEDBACK_NOTIFY_EMAILS, *users.values_list("email", flat=True)})


@shared_task(name="knowledge.notify_editors_of_feedback", **MAIL_TASK)
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
        body = mail.render_text("knowledge/email/feedback_notification.txt", {"feedback": feedback})
    sent = mail.send(
        mail.Mail(
            purpose=FEEDBACK_MAIL,
            object_id=feedback.pk,
            description=feedback.page.title,
            subject=f'Nieuwe reactie op "{feedback.page.title}"',
            body=body,
            to=recipients,
        )
    )
    if not sent:
        return False
    WhitepaperFeedback.objects.filter(pk=feedback.pk).update(editors_notified_at=timezone.now())
    return True


@shared_task(name="knowledge.sweep_unnotified_feedback")
def sweep_unnotified_feedback() -> int:
    """Re-send notifications that never reached the broker (it was down when they were stored)."""
    from knowledge.models import WhitepaperFeedback

    stale = timezone.now() - timedelta(minutes=15)
    pending = (
        WhitepaperFeedback.objects.filter(editors_notified_at__isnull=True, created_at__lt=stale)
        .exclude(pk__in=mail.given_up(FEEDBACK_MAIL))
        .values_list("pk", flat=True)
    )
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
