"""Who must confirm a second factor, and the address that login throttling counts.

The rule follows permissions, not group names: whoever can see personal data (registrations,
uploaders' contact details, bundle recipients, feedback senders' addresses) needs a verified
one-time code, in whatever group that permission was granted. Superusers can see everything.
"""

from ipaddress import ip_address

from django.conf import settings

from core.ratelimit import client_address

# Registrations (Academie), submissions with contact details (Moderatoren), bundles with their
# recipient (Helpdesk), whitepaper feedback with the sender's address (Redacteuren, Eindredactie).
PERSONAL_DATA_PERMISSIONS = [
    "academy.view_registration",
    "uploads.moderate_submission",
    "helpdesk.view_bundle",
    "knowledge.view_whitepaperfeedback",
]


def requires_second_factor(user) -> bool:
    if not settings.TWO_FACTOR_REQUIRED or not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or any(user.has_perm(name) for name in PERSONAL_DATA_PERMISSIONS)


def login_address(request) -> str:
    """The visitor's address as rate limits see it (TRUSTED_PROXIES), always a valid IP.

    django-axes stores it in an IP address column; a proxy that passes on something else
    falls back to the connecting address instead of failing the login.
    """
    address = client_address(request)
    try:
        return str(ip_address(address))
    except ValueError:
        return request.META.get("REMOTE_ADDR", "0.0.0.0")  # noqa: S104 (a value, not a bind)
