"""Receiving whitepaper feedback: spam checks, storing, and notifying the editors."""

import enum
import logging
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from core import ratelimit
from core.tasks import enqueue_after_commit
from knowledge.forms import FeedbackForm
from knowledge.models import WhitepaperFeedback, WhitepaperPage

logger = logging.getLogger(__name__)


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
    enqueue_after_commit("knowledge.notify_editors_of_feedback", feedback.pk)
    return feedback
