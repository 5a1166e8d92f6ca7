"""Public views of the academy: registering, the personal page and the calendar feed."""

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from academy import selectors
from academy.calendar import calendar, session_event
from academy.forms import RegistrationForm
from academy.links import personal_url, registration_for_token
from academy.models import Registration, Session
from academy.registration import (
    Outcome,
    RegistrationRequest,
    cancel_registration,
    closed_reason,
)
from academy.registration import (
    register as register_for_session,
)
from core import ratelimit

TOO_MANY_REGISTRATIONS = gettext_lazy(
    "Many registrations came from your address in a short time. Your details are still below: "
    "try again in an hour."
)
# Shown once after a redirect; the address carries a word, never the text itself.
NOTICES = {
    "aangemeld": gettext_lazy("You are registered. We have sent you an email."),
    "wachtlijst": gettext_lazy(
        "The session is full: you are on the waiting list. We have sent you an email."
    ),
    "afgemeld": gettext_lazy("You have cancelled your registration."),
}


def registration_request(data: dict, session: Session) -> RegistrationRequest:
    initiative = data["initiative"]
    return RegistrationRequest(
        session_id=session.pk,
        name=data["name"],
        email=data["email"],
        consent=data["consent"],
        initiative_id=initiative.pk if initiative else None,
        initiative_name=data["initiative_name"],
        role=data["role"],
        accessibility_needs=data["accessibility_needs"],
        language=get_language() or "nl",
    )


def register(request, course, session_id: int):
    session = course.session_source().filter(pk=session_id).first()
    if session is None:
        raise Http404
    context = {"page": course, "session": session, "closed": closed_reason(session)}
    if request.method != "POST":
        context["form"] = RegistrationForm()
        return TemplateResponse(request, "academy/register.html", context)
    form = context["form"] = RegistrationForm(request.POST)
    if ratelimit.exceeded(
        "academy-register",
        request,
        settings.ACADEMY_REGISTRATION_RATE_LIMIT,
        settings.ACADEMY_REGISTRATION_RATE_LIMIT_WINDOW_SECONDS,
    ):
        # The filled-in form comes back as it was; nothing is stored.
        form.is_valid()
        form.add_error(None, TOO_MANY_REGISTRATIONS)
        return TemplateResponse(request, "academy/register.html", context, status=429)
    if not context["closed"] and form.is_valid():
        result = register_for_session(registration_request(form.cleaned_data, session))
        if result.stored:
            notice = "aangemeld" if result.outcome is Outcome.REGISTERED else "wachtlijst"
            url = personal_url(result.registration, absolute=False)
            return redirect(f"{url}?bericht={notice}")
        if result.outcome is Outcome.DUPLICATE:
            form.add_error("email", result.message)
        else:
            context["closed"] = result.message
    status = 400
    return TemplateResponse(request, "academy/register.html", context, status=status)


@require_http_methods(["GET", "POST"])
def registration(request, token: str):
    """The personal page behind the link in every mail: details, online link, cancelling."""
    found = registration_for_token(token)
    if found is None:
        return TemplateResponse(request, "academy/link_invalid.html", status=400)
    if request.method == "POST":
        if request.POST.get("action") == "cancel":
            cancel_registration(found.pk)
            return redirect(f"{request.path}?bericht=afgemeld")
        return redirect(request.path)
    session = found.session
    context = {
        "registration": found,
        "session": session,
        "course": session.course.specific,
        "page": session.course.specific,
        "waiting_position": found.waiting_position(),
        "notice": NOTICES.get(request.GET.get("bericht", "")),
        "show_private": found.status == Registration.REGISTERED
        and session.status != Session.CANCELLED,
    }
    response = TemplateResponse(request, "academy/registration.html", context)
    response["X-Robots-Tag"] = "noindex"
    # The token must not leak to other sites; "no-referrer" would make the cancel form fail CSRF.
    response["Referrer-Policy"] = "same-origin"
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
def agenda(request):
    """All upcoming sessions as an iCalendar feed, without online links."""
    events = []
    for session in selectors.upcoming_sessions():
        course = session.course.specific
        events.append(session_event(session, url=course.get_full_url(request) or ""))
    body = calendar(events, name=_("Ella Vogelaar Academy: sessions"))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="agenda.ics"'
    return response
