"""Mails about a submission: to the sender (received, decision) and to the moderators."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from knowledge.models.uploads import Submission

logger = logging.getLogger(__name__)

MODERATORS = "Moderatoren"

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


def send_to_submitter(submission_id: int, kind: str) -> bool:
    """Idempotent: the confirmation once, and each decision once (a new decision resets it)."""
    submission = Submission.objects.filter(pk=submission_id).select_related("page").first()
    if submission is None or not submission.contact_email or kind not in SUBJECTS:
        return False
    if kind == "received" and submission.confirmation_sent_at:
        return False
    if kind in DECISIONS and (submission.decision_sent_at or submission.status != DECISIONS[kind]):
        return False
    site_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    with translation.override(settings.LANGUAGE_CODE):
        body = render_to_string(
            f"knowledge/email/upload_{kind}.txt",
            {
                "submission": submission,
                "page_url": f"{site_url}{submission.page.url}" if submission.page else "",
                "retention_days": settings.UPLOADS_RETENTION_DAYS,
            },
        )
    send_mail(
        SUBJECTS[kind].format(title=submission.title),
        body,
        settings.DEFAULT_FROM_EMAIL,
        [submission.contact_email],
    )
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
        body = render_to_string(
            "knowledge/email/upload_moderators.txt",
            {
                "submission": submission,
                "url": site_url + reverse("upload_moderation:detail", args=[submission.pk]),
            },
        )
    send_mail(
        f"Nieuw materiaal te beoordelen: {submission.title}",
        body,
        settings.DEFAULT_FROM_EMAIL,
        recipients,
    )
    return True
