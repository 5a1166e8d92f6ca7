"""Middleware that belongs to no area of the site: requests refused before any view sees
them, headers no response should send, and the staff's second factor."""

import re

from django.http import Http404, QueryDict
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from django_otp import user_has_device
from django_otp.middleware import OTPMiddleware

from core.staff_access import requires_second_factor

NUL = "\x00"
# bigint holds 19 digits; Python's int() refuses more than 4,300 and so does every id lookup.
OVERLONG_NUMBER_SEGMENT = re.compile(r"(?:^|/)\d{20,}(?:/|$)")


def _has_nul(request) -> bool:
    if NUL in request.path_info:
        return True
    if any(NUL in key or NUL in value for key, value in request.COOKIES.items()):
        return True
    return any(
        NUL in key or any(NUL in value for value in values) for key, values in request.GET.lists()
    )


class RefuseUnqueryableMiddleware:
    """Refuse, for every URL at once, what would make a database lookup fail.

    A NUL character in the path, the query string or a cookie is never a real request, and
    PostgreSQL text cannot hold it (a quoted cookie may carry it as ``\\000``): 400. A path
    segment of more than 19 digits names no row (some routes, such as Wagtail's document
    downloads, hand it to a lookup as text): 404.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _has_nul(request):
            return TemplateResponse(request, "400.html", status=400).render()
        if OVERLONG_NUMBER_SEGMENT.search(request.path_info):
            raise Http404
        return self.get_response(request)


class DropEmptyHeadersMiddleware:
    """Headers without a value are not sent.

    Wagtail's document download sets ``Content-Encoding`` from ``mimetypes.guess_type``,
    which is None for every document, and Django sends that as the text "None": a client may
    then try to undo an encoding of that name. Any view doing the same is caught here.
    """

    EMPTY = {"", "None"}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        for header in [name for name, value in response.items() if value.strip() in self.EMPTY]:
            del response[header]
        return response


# What an unverified user may still open: signing in and out, the second-factor pages, and
# what the admin's login and those pages load.
OPEN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "two_factor_setup",
    "two_factor_verify",
}


class SecondFactorMiddleware(OTPMiddleware):
    """django-otp's middleware (``request.user.is_verified()``) plus the requirement itself.

    It guards every view, not only the admin: advisers' bundle pages live on the public site.
    """

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if request.resolver_match.url_name in OPEN_URL_NAMES:
            return None
        if not requires_second_factor(user) or user.is_verified():
            return None
        step = "two_factor_verify" if user_has_device(user, confirmed=True) else "two_factor_setup"
        query = QueryDict(mutable=True)
        query["next"] = request.get_full_path()
        return redirect(f"{reverse(step)}?{query.urlencode()}")
