"""The admin's second-factor pages: set up an authenticator app, or enter its code."""

from django.conf import settings
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from django_otp import login as otp_login
from django_otp import user_has_device

from core.forms import OneTimeCodeForm
from core.two_factor import confirm_enrolment, enrolment_for, verified_device


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


def _to(url_name: str, target: str):
    return redirect(f"{reverse(url_name)}?{urlencode({'next': target})}")


@never_cache
@sensitive_post_parameters("code")
def setup(request):
    if not request.user.is_authenticated:
        return _to("wagtailadmin_login", _next_url(request))
    if user_has_device(request.user, confirmed=True):
        return _to("two_factor_verify", _next_url(request))
    enrolment = enrolment_for(request.user)
    form = OneTimeCodeForm(request.POST or None)
    if form.is_valid():
        device = confirm_enrolment(request.user, enrolment.device_id, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            return redirect(_next_url(request))
        form.add_error("code", _("That code is not right. Enter the code your app shows now."))
    return TemplateResponse(
        request,
        "core/admin/two_factor_setup.html",
        {
            "form": form,
            "enrolment": enrolment,
            "next": _next_url(request),
            "issuer": settings.OTP_TOTP_ISSUER,
        },
    )


@never_cache
@sensitive_post_parameters("code")
def verify(request):
    if not request.user.is_authenticated:
        return _to("wagtailadmin_login", _next_url(request))
    if not user_has_device(request.user, confirmed=True):
        return _to("two_factor_setup", _next_url(request))
    form = OneTimeCodeForm(request.POST or None)
    if form.is_valid():
        device = verified_device(request.user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            return redirect(_next_url(request))
        form.add_error(
            "code",
            _("That code is not right or has expired. After several wrong codes, wait a minute."),
        )
    return TemplateResponse(
        request, "core/admin/two_factor_verify.html", {"form": form, "next": _next_url(request)}
    )
