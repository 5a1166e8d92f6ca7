"""Public views of e-mail alerts: subscribe, confirm, unsubscribe in one click, manage.

No account: each link carries a signed, expiring token. A wrong or old link gets a page
that says so (status 400), never an error page.
"""

import logging

from django.conf import settings
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from alerts import links, subscriptions
from alerts.filters import alert_query, canonical, describe
from alerts.forms import FrequencyForm, SubscribeForm
from alerts.models import Subscription
from core import ratelimit
from search.params import params_for

logger = logging.getLogger(__name__)

TOO_MANY = gettext_lazy(
    "Many alerts were requested from your address in a short time. Try again in an hour."
)
NOTICES = {
    "bevestigd": gettext_lazy("Your alert is on. You get an email when something new appears."),
    "gepauzeerd": gettext_lazy("The alert is paused. You get no email until you switch it on."),
    "aan": gettext_lazy("The alert is on again."),
    "gewijzigd": gettext_lazy("Saved: you get this alert as often as you chose."),
    "beeindigd": gettext_lazy("The alert has ended and is deleted."),
}


def _private(response):
    response["X-Robots-Tag"] = "noindex"
    response["Referrer-Policy"] = "same-origin"  # the token must not leak to other sites
    response["Cache-Control"] = "private, no-store"
    return response


def _invalid(request, reason: str = "invalid"):
    response = TemplateResponse(request, "alerts/link_invalid.html", {"reason": reason}, status=400)
    return _private(response)


def _view_context(params: str, language: str) -> dict:
    query = alert_query(params, language)
    return {
        "description": describe(params, language),
        "back_url": reverse("search") + params_for(query, sort="relevance").rstrip("?"),
    }


@require_http_methods(["GET", "POST"])
def subscribe(request):
    language = get_language() or "nl"
    if request.method != "POST":
        params = canonical(request.GET.urlencode(), language)
        form = SubscribeForm(initial={"filters": params})
        context = {"form": form, **_view_context(params, language)}
        return TemplateResponse(request, "alerts/subscribe.html", context)
    form = SubscribeForm(request.POST)
    params = canonical(request.POST.get("filters", "")[:500], language)
    context = {"form": form, **_view_context(params, language)}
    if request.POST.get("website"):
        logger.info("Alert form honeypot filled in; nothing stored")
        return redirect("alerts:check_mail")
    if ratelimit.exceeded(
        "alerts-subscribe",
        request,
        settings.ALERTS_RATE_LIMIT,
        settings.ALERTS_RATE_LIMIT_WINDOW_SECONDS,
    ):
        form.is_valid()
        form.add_error(None, TOO_MANY)
        return TemplateResponse(request, "alerts/subscribe.html", context, status=429)
    if not form.is_valid():
        return TemplateResponse(request, "alerts/subscribe.html", context, status=400)
    subscriptions.subscribe(
        subscriptions.SubscribeRequest(
            email=form.cleaned_data["email"],
            frequency=form.cleaned_data["frequency"],
            query=form.cleaned_data["filters"],
            language=language,
        )
    )
    return redirect("alerts:check_mail")


@require_GET
def check_mail(request):
    context = {"days": settings.ALERTS_CONFIRM_DAYS}
    return _private(TemplateResponse(request, "alerts/check_mail.html", context))


@require_GET
def confirm(request, token: str):
    subscription_id = links.subscription_to_confirm(token)
    if subscription_id is None:
        return _invalid(request, "confirm")
    subscription = subscriptions.confirm(subscription_id)
    if subscription is None:
        return _invalid(request, "confirm")
    manage = links.manage_url(subscription.email, subscription.language, full=False)
    return redirect(f"{manage}?bericht=bevestigd")


@csrf_exempt  # RFC 8058: mail programs POST "List-Unsubscribe=One-Click" without a token
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    """GET asks (link scanners must not unsubscribe anyone); POST ends the alert at once."""
    subscription_id = links.subscription_to_end(token)
    if subscription_id is None:
        return _invalid(request)
    if request.method == "POST":
        subscriptions.end(subscription_id)
        return _private(TemplateResponse(request, "alerts/unsubscribed.html"))
    subscription = Subscription.objects.filter(pk=subscription_id).first()
    if subscription is None:  # ended already: saying so again is the right answer
        return _private(TemplateResponse(request, "alerts/unsubscribed.html"))
    context = {"description": describe(subscription.query, subscription.language)}
    return _private(TemplateResponse(request, "alerts/unsubscribe.html", context))


@require_http_methods(["GET", "POST"])
def manage(request, token: str):
    key = links.address_to_manage(token)
    if key is None:
        return _invalid(request)
    if request.method == "POST":
        notice = _change(key, request.POST)
        suffix = f"?bericht={notice}" if notice else ""
        return redirect(f"{request.path}{suffix}")
    alerts = [
        {
            "subscription": subscription,
            "description": describe(subscription.query, subscription.language),
            "form": FrequencyForm(
                initial={"frequency": subscription.frequency}, prefix=f"a{subscription.pk}"
            ),
        }
        for subscription in subscriptions.alerts_of(key).order_by("created_at")
    ]
    context = {"alerts": alerts, "notice": NOTICES.get(request.GET.get("bericht", ""))}
    return _private(TemplateResponse(request, "alerts/manage.html", context))


def _change(key: str, data) -> str:
    """The manage page's buttons; an unknown action or alert changes nothing."""
    raw_id = data.get("alert", "")
    if not raw_id.isdigit():
        return ""
    subscription_id = int(raw_id)
    action = data.get("action", "")
    if action == "pause" and subscriptions.pause(key, subscription_id):
        return "gepauzeerd"
    if action == "resume" and subscriptions.resume(key, subscription_id):
        return "aan"
    if action == "end" and subscriptions.end_for(key, subscription_id):
        return "beeindigd"
    if action == "frequency":
        frequency = data.get(f"a{subscription_id}-frequency", "")
        if subscriptions.change_frequency(key, subscription_id, frequency):
            return "gewijzigd"
    return ""
