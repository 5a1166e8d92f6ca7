"""Moderation of initiative reports in the Wagtail admin: the queue, one report, a decision.

Every view needs the moderators' permission (``uploads.moderate_submission``, the group
Moderatoren): reports hold a contact person's name and address that nobody else may see.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from knowledge import initiative_reports
from knowledge.models import InitiativeReport
from uploads.permissions import MODERATE_PERMISSION

moderator_required = permission_required(MODERATE_PERMISSION, raise_exception=True)


class DecisionForm(forms.Form):
    message = forms.CharField(
        label=gettext_lazy("Message to the contact person"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


@moderator_required
def queue(request):
    status = request.GET.get("status", InitiativeReport.Status.PENDING)
    if status not in InitiativeReport.Status.values:
        status = InitiativeReport.Status.PENDING
    reports = InitiativeReport.objects.filter(status=status).select_related("province")
    return TemplateResponse(
        request,
        "knowledge/admin/report_queue.html",
        {
            "reports": reports,
            "status": status,
            "statuses": InitiativeReport.Status.choices,
            "page_title": _("Initiative reports"),
        },
    )


@moderator_required
def detail(request, report_id: int):
    report = get_object_or_404(
        InitiativeReport.objects.select_related(
            "initiative", "province", "initiative_type", "legal_form", "decided_by"
        ),
        pk=report_id,
    )
    comparison = initiative_reports.compare(report)
    return TemplateResponse(
        request,
        "knowledge/admin/report_detail.html",
        {
            "report": report,
            "comparison": comparison,
            "is_correction": initiative_reports.compared_entry(report) is not None,
            "changed_count": sum(row.changed for row in comparison),
            "form": DecisionForm(),
            "can_decide": report.status == InitiativeReport.Status.PENDING,
            "page_title": report.name,
        },
    )


@moderator_required
@require_POST
def decide(request, report_id: int, decision: str):
    form = DecisionForm(request.POST)
    form.is_valid()
    message = form.cleaned_data.get("message", "")
    actions = {
        "approve": (
            initiative_reports.approve,
            _("Approved: the directory shows the details. The contact person receives an email."),
        ),
        "reject": (
            initiative_reports.reject,
            _("Rejected: nothing is published. The contact person is told."),
        ),
    }
    if decision not in actions:
        raise Http404
    action, done = actions[decision]
    try:
        action(report_id, request.user, message)
    except initiative_reports.ModerationError as error:
        messages.error(request, error.message)
        return redirect("initiative_reports:detail", report_id)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("initiative_reports:detail", report_id)
    messages.success(request, done)
    return redirect("initiative_reports:queue")
