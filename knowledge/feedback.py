"""Receiving whitepaper feedback: spam checks, storing, notifying the editors, and deleting
it when editors no longer need it."""

import enum
import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core import mail, ratelimit
from core.tasks import enqueue_after_commit
from knowledge.editorial import EDITOR_GROUP_NAMES
from knowledge.forms import FeedbackForm
from knowledge.models import WhitepaperFeedback, WhitepaperPage

logger = logging.getLogger(__name__)

FEEDBACK_MAIL = "knowledge.feedback"
NOTIFY_TASK = "knowledge.notify_editors_of_feedback"


class FeedbackOutcome(enum.Enum):
    STORED = "stored"
    INVALID = "invalid"
    SPAM = "spam"
    RATE_LIMITED = "rate_limited"


@dataclass(frozen=True)
class FeedbackResult:
    outcome: FeedbackOutcome
    form: FeedbackForm
    status: int = 200
    message: str = ""
    feedback: WhitepaperFeedback | None = None


def handle_feedback(page: WhitepaperPage, request) -> FeedbackResult:
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        return FeedbackResult(
            FeedbackOutcome.INVALID,
            form,
            status=400,
            message=_("Your comment has not been sent yet. Please check the fields marked below."),
        )
    if form.cleaned_data["website"]:
        logger.info("Feedback honeypot filled on page %s; not stored", page.pk)
        return FeedbackResult(
            FeedbackOutcome.SPAM,
            form,
            status=400,
            message=_("Your comment could not be sent. Leave the last field empty and try again."),
        )
    if ratelimit.exceeded(
        "feedback",
        request,
        settings.FEEDBACK_RATE_LIMIT,
        settings.FEEDBACK_RATE_LIMIT_WINDOW_SECONDS,
    ):
        return FeedbackResult(
            FeedbackOutcome.RATE_LIMITED,
            form,
            status=429,
            message=_(
                "You have sent many comments in a short time. Your text is still below: "
                "please try again in an hour."
            ),
        )
    feedback = store_feedback(
        page,
        name=form.cleaned_data["name"],
        email=form.cleaned_data["email"],
        comment=form.cleaned_data["comment"],
    )
    return FeedbackResult(FeedbackOutcome.STORED, form, feedback=feedback)


@transaction.atomic
def store_feedback(page: WhitepaperPage, *, name: str, email: str, comment: str):
    feedback = WhitepaperFeedback.objects.create(page=page, name=name, email=email, comment=comment)
    enqueue_after_commit(NOTIFY_TASK, feedback.pk)
    return feedback


def editor_addresses() -> list[str]:
    users = (
        get_user_model()
        .objects.filter(is_active=True, groups__name__in=EDITOR_GROUP_NAMES)
        .exclude(email="")
    )
    return sorted({*settings.FEEDBACK_NOTIFY_EMAILS, *users.values_list("email", flat=True)})


def notify_editors(feedback_id: int) -> bool:
    """Mail the editors about one comment; idempotent, so a retry never mails twice."""
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
    # The editors work in Dutch, whatever the language of the page the comment came from.
    with translation.override(settings.LANGUAGE_CODE):
        body = mail.render_text("knowledge/email/feedback_notification.txt", {"feedback": feedback})
        subject = _('New comment on "%(title)s"') % {"title": feedback.page.title}
    sent = mail.send(
        mail.Mail(
            purpose=FEEDBACK_MAIL,
            object_id=feedback.pk,
            description=feedback.page.title,
            subject=subject,
            body=body,
            to=recipients,
        )
    )
    if not sent:
        return False
    WhitepaperFeedback.objects.filter(pk=feedback.pk).update(editors_notified_at=timezone.now())
    return True


def notify_editors_again() -> int:
    """Enqueue the notifications that never reached the broker (it was down when stored)."""
    stale = timezone.now() - timedelta(minutes=15)
    pending = (
        WhitepaperFeedback.objects.filter(editors_notified_at__isnull=True, created_at__lt=stale)
        .exclude(pk__in=mail.given_up(FEEDBACK_MAIL))
        .values_list("pk", flat=True)
    )
    for feedback_id in pending:
        enqueue_after_commit(NOTIFY_TASK, feedback_id)
    return len(pending)


def purge_old_feedback() -> int:
    """Personal data is kept only as long as editors need it."""
    cutoff = timezone.now() - timedelta(days=settings.FEEDBACK_RETENTION_DAYS)
    deleted, _count = WhitepaperFeedback.objects.filter(created_at__lt=cutoff).delete()
    return deleted
