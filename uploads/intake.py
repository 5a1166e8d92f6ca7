"""Receiving material: spam checks, file checks, the holding area and the stored submission.

Accepted files are kept in the holding area under the form's batch even when the rest of
the form still has mistakes, so the sender never has to upload them again.
"""

import enum
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.db.models import Sum
from django.utils.translation import gettext as _

from core import ratelimit
from core.request_values import row_ids
from core.tasks import enqueue_after_commit
from uploads import validation
from uploads.forms import SubmissionForm, valid_batch
from uploads.models import Submission, SubmissionFile
from uploads.storage import delete_stored_file

logger = logging.getLogger(__name__)

MB = validation.MB


class Outcome(enum.Enum):
    STORED = "stored"
    INVALID = "invalid"
    SPAM = "spam"
    RATE_LIMITED = "rate_limited"


@dataclass
class IntakeResult:
    outcome: Outcome
    form: SubmissionForm
    batch: str
    status: int = 200
    message: str = ""
    refusals: list[str] = field(default_factory=list)
    pending: list[SubmissionFile] = field(default_factory=list)
    submission: Submission | None = None


@dataclass(frozen=True)
class FileResult:
    accepted: SubmissionFile | None = None
    refusal: str = ""


def pending_files(batch: str) -> list[SubmissionFile]:
    return list(SubmissionFile.objects.filter(batch=batch, submission__isnull=True))


def limits_mb() -> tuple[int, int]:
    return settings.UPLOADS_MAX_FILE_MB, settings.UPLOADS_MAX_SUBMISSION_MB


def remove_pending(batch: str, ids: list[str]) -> None:
    numbers = row_ids(ids)
    pending = SubmissionFile.objects.filter(batch=batch, submission__isnull=True, pk__in=numbers)
    for item in pending:
        delete_stored_file(item)
        item.delete()


def _duplicate_refusal(checked: validation.CheckedFile, batch: str) -> str:
    same = SubmissionFile.objects.filter(sha256=checked.sha256).exclude(
        submission__status=Submission.Status.REJECTED
    )
    earlier = same.filter(batch=batch).first()
    if earlier is not None:
        return _('"%(name)s" is the same file as "%(earlier)s", which you already added.') % {
            "name": checked.original_name,
            "earlier": earlier.original_name,
        }
    if same.exists():
        return _(
            '"%(name)s" has been sent in before. We are already handling it or it is published.'
        ) % {"name": checked.original_name}
    return ""


def accept_file(uploaded, batch: str) -> FileResult:
    """Check one uploaded file and, if it passes, keep it in the holding area of the batch."""
    shown = validation.display_name(uploaded.name)
    current = SubmissionFile.objects.filter(batch=batch, submission__isnull=True)
    if current.count() >= settings.UPLOADS_MAX_FILES:
        return FileResult(
            refusal=_('"%(name)s" was not added: you can send at most %(count)d files at once.')
            % {"name": shown, "count": settings.UPLOADS_MAX_FILES}
        )
    try:
        checked = validation.check_file(
            uploaded, uploaded.name, uploaded.size, settings.UPLOADS_MAX_FILE_MB * MB
        )
    except validation.Refused as refused:
        logger.info("Upload refused: %s", refused.message)
        return FileResult(refusal=refused.message)
    total = (current.aggregate(total=Sum("size"))["total"] or 0) + checked.size
    if total > settings.UPLOADS_MAX_SUBMISSION_MB * MB:
        return FileResult(
            refusal=_(
                '"%(name)s" was not added: together the files would be more than %(limit)d MB.'
            )
            % {"name": shown, "limit": settings.UPLOADS_MAX_SUBMISSION_MB}
        )
    duplicate = _duplicate_refusal(checked, batch)
    if duplicate:
        return FileResult(refusal=duplicate)
    item = SubmissionFile(
        batch=batch,
        original_name=checked.original_name,
        name=checked.name,
        kind=checked.kind.extension,
        content_type=checked.kind.content_type,
        size=checked.size,
        sha256=checked.sha256,
    )
    uploaded.seek(0)
    item.file.save(checked.name, uploaded, save=False)
    item.save()
    return FileResult(accepted=item)


def handle_submission(request, locale) -> IntakeResult:
    """The whole form: files first (kept whatever happens), then the fields, then storing."""
    batch = valid_batch(request.POST.get("batch"))

    def bound_form() -> SubmissionForm:
        data = request.POST.copy()
        data.setlist("remove", [])
        data["batch"] = batch
        form = SubmissionForm(data, locale=locale, pending=pending_files(batch), limits=limits_mb())
        form.is_valid()
        return form

    if request.POST.get("website"):
        logger.info("Upload form honeypot filled in; nothing stored")
        return IntakeResult(
            Outcome.SPAM,
            bound_form(),
            batch,
            status=400,
            message=_("Your material could not be sent. Leave the last field empty and try again."),
        )
    if ratelimit.exceeded(
        "uploads-form",
        request,
        settings.UPLOADS_RATE_LIMIT,
        settings.UPLOADS_RATE_LIMIT_WINDOW_SECONDS,
    ):
        return IntakeResult(
            Outcome.RATE_LIMITED,
            bound_form(),
            batch,
            status=429,
            message=_(
                "Many submissions came from your address in a short time. What you filled in "
                "is still below: please try again in an hour."
            ),
            pending=pending_files(batch),
        )

    remove_pending(batch, request.POST.getlist("remove"))
    refusals = [
        result.refusal
        for uploaded in request.FILES.getlist("files")
        if (result := accept_file(uploaded, batch)).refusal
    ]
    pending = pending_files(batch)
    form = bound_form()
    if not pending and not refusals:
        form.add_error("files", _("Add at least one file."))
    if refusals or not form.is_valid():
        message = (
            _("Not everything could be accepted yet. Your answers and received files are kept.")
            if pending or refusals
            else _("Your material has not been sent yet. Please check the fields marked below.")
        )
        return IntakeResult(
            Outcome.INVALID,
            form,
            batch,
            status=400,
            message=message,
            refusals=refusals,
            pending=pending,
        )
    submission = store_submission(form.cleaned_data, batch)
    return IntakeResult(Outcome.STORED, form, batch, submission=submission, pending=pending)


@transaction.atomic
def store_submission(data: dict, batch: str) -> Submission:
    submission = Submission.objects.create(
        initiative=data["initiative"],
        initiative_name="" if data["initiative"] else data["initiative_name"].strip(),
        place=data["place"],
        province=data["province"],
        contact_name=data["contact_name"],
        contact_email=data["contact_email"],
        material_type=data["material_type"],
        year=data["year"],
        title=data["title"],
        description=data["description"],
        consent_publication=data["consent_publication"],
        consent_privacy=data["consent_privacy"],
    )
    submission.themes.set(data["themes"])
    SubmissionFile.objects.filter(batch=batch, submission__isnull=True).update(
        submission=submission
    )
    enqueue_after_commit("uploads.process_submission", submission.pk)
    enqueue_after_commit("uploads.send_submission_mail", submission.pk, "received")
    return submission
