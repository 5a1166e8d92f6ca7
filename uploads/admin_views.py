"""Moderation in the Wagtail admin: the queue, one submission, and the three decisions.

Every view needs the permission ``uploads.moderate_submission`` (the group Moderatoren):
submissions hold contact details that nobody else may see.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from uploads import moderation, processing
from uploads.models import Submission, SubmissionFile
from uploads.permissions import MODERATE_PERMISSION

PREVIEW_CHARACTERS = 3000
moderator_required = permission_required(MODERATE_PERMISSION, raise_exception=True)


class DecisionForm(forms.Form):
    message = forms.CharField(
        label=gettext_lazy("Message to the sender"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


@moderator_required
def queue(request):
    status = request.GET.get("status", Submission.Status.READY)
    if status not in Submission.Status.values:
        status = Submission.Status.READY
    submissions = (
        Submission.objects.filter(status=status)
        .select_related("initiative", "province")
        .prefetch_related("files")
        .order_by("created_at")
    )
    return TemplateResponse(
        request,
        "uploads/admin/submission_queue.html",
        {
            "submissions": submissions,
            "status": status,
            "statuses": Submission.Status.choices,
            "page_title": _("Submissions"),
        },
    )


@moderator_required
def detail(request, submission_id: int):
    submission = get_object_or_404(
        Submission.objects.select_related("initiative", "province", "page", "decided_by"),
        pk=submission_id,
    )
    files = [
        (
            item,
            item.extracted_text[:PREVIEW_CHARACTERS],
            len(item.extracted_text),
            processing.removed_metadata(item),
        )
        for item in submission.files.all()
    ]
    return TemplateResponse(
        request,
        "uploads/admin/submission_detail.html",
        {
            "submission": submission,
            "files": files,
            "form": DecisionForm(),
            "can_decide": submission.status in moderation.OPEN_STATUSES,
            "page_title": submission.title,
        },
    )


@moderator_required
@require_POST
def decide(request, submission_id: int, decision: str):
    form = DecisionForm(request.POST)
    form.is_valid()
    message = form.cleaned_data.get("message", "")
    actions = {
        "approve": (moderation.approve, _("Published. The sender receives an email.")),
        "reject": (moderation.reject, _("Rejected and the files deleted. The sender is told.")),
        "changes": (moderation.request_changes, _("The sender is asked for changes.")),
    }
    if decision not in actions:
        raise Http404
    action, done = actions[decision]
    try:
        action(submission_id, request.user, message)
    except moderation.ModerationError as error:
        messages.error(request, error.message)
        return redirect("upload_moderation:detail", submission_id)
    messages.success(request, done)
    return redirect("upload_moderation:queue")


def _stored_file(file_id: int, field: str):
    item = get_object_or_404(SubmissionFile, pk=file_id)
    stored = getattr(item, field)
    if not stored:
        raise Http404
    return item, stored


@moderator_required
def download(request, file_id: int):
    """The original for a moderator: always a download, never shown inline."""
    item, stored = _stored_file(file_id, "file")
    response = FileResponse(
        stored.open("rb"), as_attachment=True, filename=item.name, content_type=item.content_type
    )
    response["Content-Security-Policy"] = "default-src 'none'"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@moderator_required
def thumbnail(request, file_id: int):
    """The PNG preview we drew ourselves: safe to show inline in the admin."""
    _item, stored = _stored_file(file_id, "thumbnail")
    response = FileResponse(stored.open("rb"), content_type="image/png")
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
