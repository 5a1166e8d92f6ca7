"""Mails about a submission: to the sender (received, decision) and to the moderators."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext, gettext_noop

from core import mail
from uploads.models import Submission
from uploads.permissions import MODERATORS

logger = logging.getLogger(__name__)

# Marked here, translated when the mail is written, in the language it is written in.
SUBJECTS = {
    "received": gettext_noop("We have received your material: %(title)s"),
    "approved": gettext_noop("Your material is on the knowledge base: %(title)s"),
    "rejected": gettext_noop("About the material you sent: %(title)s"),
    "changes_requested": gettext_noop("A question about the material you sent: %(title)s"),
}
MODERATORS_SUBJECT = gettext_noop("New material to review: %(title)s")
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
        subject = gettext(SUBJECTS[kind]) % {"title": submission.title}
    sent = mail.send(
        mail.Mail(
            purpose=purpose(kind),
            object_id=submission.pk,
            description=submission.title,
            subject=subject,
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
        subject = gettext(MODERATORS_SUBJECT) % {"title": submission.title}
    return mail.send(
        mail.Mail(
            purpose="knowledge.upload_moderators",
            object_id=submission.pk,
            description=submission.title,
            subject=subject,
            body=body,
            to=recipients,
        )
    )
