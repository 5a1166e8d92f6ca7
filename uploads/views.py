"""Public views of 'Trots op mijn initiatief', reached through UploadIndexPage's routes."""

from django.conf import settings
from django.http import HttpResponseNotAllowed, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from core import ratelimit
from uploads import intake, selectors
from uploads.forms import SubmissionForm, UploadFilterForm, new_batch, valid_batch


def index(request, page):
    years = selectors.years(page)
    form = UploadFilterForm(request.GET or None, locale=page.locale, years=years)
    filters = selectors.UploadFilters()
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        filters = selectors.UploadFilters(
            province=data["provincie"].slug if data["provincie"] else "",
            material_type=data["soort"],
            theme=data["thema"].slug if data["thema"] else "",
            year=data["jaar"],
        )
    context = page.get_context(request)
    context.update(
        {
            "filter_form": form,
            "uploads": selectors.filtered_uploads(page, filters),
            "filtered": filters != selectors.UploadFilters(),
        }
    )
    return TemplateResponse(request, "uploads/upload_index_page.html", context)


def _form_response(request, page, form, batch, *, status=200, result=None):
    context = page.get_context(request)
    context.update(
        {
            "form": form,
            "batch": batch,
            "pending": result.pending if result else intake.pending_files(batch),
            "refusals": result.refusals if result else [],
            "form_message": result.message if result else "",
            "limits": intake.limits_mb(),
            "max_files": settings.UPLOADS_MAX_FILES,
        }
    )
    return TemplateResponse(request, "uploads/upload_form.html", context, status=status)


def submit(request, page):
    if request.method == "POST":
        result = intake.handle_submission(request, page.locale)
        if result.outcome is intake.Outcome.STORED:
            return redirect(page.url + page.reverse_subpage("received"))
        return _form_response(
            request, page, result.form, result.batch, status=result.status, result=result
        )
    if request.method != "GET":
        return HttpResponseNotAllowed(["GET", "POST"])
    batch = new_batch()
    form = SubmissionForm(initial={"batch": batch}, locale=page.locale, limits=intake.limits_mb())
    return _form_response(request, page, form, batch)


def upload_file(request, page):
    """One file at a time from the script on the form, so it can show progress per file."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    batch = valid_batch(request.POST.get("batch"))
    uploaded = request.FILES.get("file")
    if uploaded is None:
        return JsonResponse(
            {"ok": False, "message": _("No file arrived. Please try again.")}, status=400
        )
    if ratelimit.exceeded(
        "uploads-file",
        request,
        settings.UPLOADS_FILE_RATE_LIMIT,
        settings.UPLOADS_RATE_LIMIT_WINDOW_SECONDS,
    ):
        message = _("Many files came from your address in a short time. Try again in an hour.")
        return JsonResponse({"ok": False, "message": message}, status=429)
    result = intake.accept_file(uploaded, batch)
    if result.refusal:
        return JsonResponse({"ok": False, "message": result.refusal}, status=400)
    item = result.accepted
    return JsonResponse(
        {"ok": True, "batch": batch, "id": item.pk, "name": item.name, "size": item.size}
    )


def received(request, page):
    return TemplateResponse(request, "uploads/upload_received.html", page.get_context(request))
