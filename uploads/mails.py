"""Mails about a submission: to the sender (received, decision) and to the moderators."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone, translation

from core import mail
from uploads.models import Submission
from uploads.permissions import MODERATORS

logger = logging.getLogger(__name__)

SUBJECTS = {
    "received": "We hebben uw materiaal ontvangen: {title}",
    "approved": "Uw materiaal staat op de kennisbank: {title}",
    "rejected": "Over uw ingestuurde materiaal: {title}",
    "changes_requested": "Een vraag over uw ingestuurde materiaal: {title}",
}
DECISIONS = {
    "approved": Submission.Status.APPROVED,
    "rejected": Submission.Status.REJECTED,
    "changes_requested": Submission.Status.CHANGES_REQUESTED,
}


def purpose(kind: str) -> str:
    return f"knowledge.upload_{kind}"


def send_to_submitter(submission_id: int, kind: str) -> bool:
    """Idempotent: the confirmation once, and each decision once (a new decision resets it).

    False when there is nothing to send or the mail failed for good (core.mail records it).
    """
    submission = Submission.objects.filter(pk=submission_id).select_related("page").first()
    if submission is None or not submission.contact_email or kind not in SUBJECTS:
        return False
    if kind == "received" and submission.confirmation_sent_at:
        return False
    if kind in DECISIONS and (submission.decision_sent_at or submission.status != DECISIONS[kind]):
        return False
    site_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    with translation.override(settings.LANGUAGE_CODE):
        body = mail.render_text(
            f"uploads/email/upload_{kind}.txt",
            {
                "submission": submission,
                "page_url": f"{site_url}{submission.page.url}" if submission.page else "",
                "retention_days": settings.UPLOADS_RETENTION_DAYS,
            },
        )
    sent = mail.send(
        mail.Mail(
            purpose=purpose(kind),
            object_id=submission.pk,
            description=submission.title,
            subject=SUBJECTS[kind].format(title=submission.title),
            body=body,
            to=[submission.contact_email],
        )
    )
    if not sent:
        return False
    field = "confirmation_sent_at" if kind == "received" else "decision_sent_at"
    Submission.objects.filter(pk=submission.pk).update(**{field: timezone.now()})
    return True


def moderator_addresses() -> list[str]:
    users = (
        get_user_model()
        .objects.filter(is_active=True, groups__name=MODERATORS)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    return sorted({*settings.UPLOADS_NOTIFY_EMAILS, *users})


def notify_moderators(submission_id: int) -> bool:
    submission = Submission.objects.filter(pk=submission_id).first()
    recipients = moderator_addresses()
    if submission is None or not recipients:
        return False
    site_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    with translation.override(settings.LANGUAGE_CODE):
        body = mail.render_text(
            "uploads/email/upload_moderators.txt",
            {
                "submission": submission,
                "url": site_url + reverse("upload_moderation:detail", args=[submission.pk]),
            },
        )
    return mail.send(
        mail.Mail(
            purpose="knowledge.upload_moderators",
            object_id=submission.pk,
            description=submission.title,
            subject=f"Nieuw materiaal te beoordelen: {submission.title}",
            body=body,
            to=recipients,
        )
    )
