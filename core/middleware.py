"""A staff user who must use a second factor reaches nothing before confirming it."""

from django.http import QueryDict
from django.shortcuts import redirect
from django.urls import reverse

from django_otp import user_has_device
from django_otp.middleware import OTPMiddleware

from core.staff_access import requires_second_factor

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
