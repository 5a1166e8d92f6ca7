"""Admin views for organisers: registrations per session, attendance, CSV, messages, cancelling.

Only users with the registration permissions (the Academie group) reach these views.
"""

import csv

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from academy import selectors
from academy.forms import CancelSessionForm, SessionMessageForm
from academy.models import Registration, Session
from academy.registration import cancel_session, mark_attendance
from academy.staff import MessageRequest, message_registrants
from core.request_values import row_ids

# A spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _require(request, permission: str) -> None:
    if not request.user.has_perm(f"academy.{permission}"):
        raise PermissionDenied


def _session(session_id: int) -> Session:
    return get_object_or_404(Session.objects.select_related("course"), pk=session_id)


def registrations(request, session_id: int):
    _require(request, "view_registration")
    session = _session(session_id)
    if request.method == "POST":
        _require(request, "change_registration")
        attended = set(row_ids(request.POST.getlist("attended")))
        mark_attendance(session.pk, attended)
        messages.success(request, _("Attendance has been saved."))
        return redirect("academy_admin:registrations", session.pk)
    grouped = selectors.registrations_for_staff(session)
    return TemplateResponse(
        request,
        "academy/admin/registrations.html",
        {
            "session": session,
            "registered": grouped[Registration.REGISTERED],
            "waiting": grouped[Registration.WAITING],
            "cancelled": grouped[Registration.CANCELLED],
            "counts": selectors.attendance_counts(session),
            "can_change": request.user.has_perm("academy.change_registration"),
            "can_export": request.user.has_perm("academy.export_registration"),
            "can_message": request.user.has_perm("academy.message_registration"),
            "can_cancel": request.user.has_perm("academy.change_session")
            and session.status != Session.CANCELLED,
        },
    )


def safe_cell(value) -> str:
    """Neutralise CSV formula injection: text that a spreadsheet would run gets a quote."""
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def export_csv(request, session_id: int):
    _require(request, "export_registration")
    session = _session(session_id)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    filename = f"aanmeldingen-{session.starts_at:%Y-%m-%d}-{session.pk}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";")
    writer.writerow(
        [
            _("Status"),
            _("Name"),
            _("Email address"),
            _("Initiative"),
            _("Role"),
            _("Accessibility needs"),
            _("Registered at"),
            _("Attended"),
        ]
    )
    for registration in session.registrations.select_related("initiative").order_by(
        "status", "created_at", "id"
    ):
        writer.writerow(
            safe_cell(value)
            for value in [
                registration.get_status_display(),
                registration.name,
                registration.email,
                registration.initiative_display,
                registration.role,
                registration.accessibility_needs,
                timezone.localtime(registration.created_at).strftime("%Y-%m-%d %H:%M"),
                _("yes") if registration.attended else _("no"),
            ]
        )
    return response


def message(request, session_id: int):
    _require(request, "message_registration")
    session = _session(session_id)
    form = SessionMessageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        _message, count = message_registrants(
            MessageRequest(
                session_id=session.pk,
                subject=form.cleaned_data["subject"],
                body=form.cleaned_data["body"],
                include_waiting_list=form.cleaned_data["include_waiting_list"],
                sent_by=request.user.get_username(),
            )
        )
        messages.success(
            request, _("The message is being sent to %(count)d people.") % {"count": count}
        )
        return redirect("academy_admin:registrations", session.pk)
    return TemplateResponse(
        request,
        "academy/admin/form.html",
        {"session": session, "form": form, "title": _("Message to registrants")},
    )


def cancel(request, session_id: int):
    _require(request, "change_session")
    session = _session(session_id)
    form = CancelSessionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        count = cancel_session(session.pk, form.cleaned_data["reason"])
        messages.success(
            request,
            _("The session is cancelled; %(count)d people will get an email.") % {"count": count},
        )
        return redirect("academy_admin:registrations", session.pk)
    return TemplateResponse(
        request,
        "academy/admin/form.html",
        {"session": session, "form": form, "title": _("Cancel session"), "danger": True},
    )
