"""Personal links: a signed, time-limited token instead of an account."""

import uuid
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

from academy.models import Registration

SALT = "academy.registration"


def make_token(registration) -> str:
    return signing.dumps(str(registration.key), salt=SALT, compress=False)


def registration_for_token(token: str):
    """The registration of a valid token; None when it is tampered with, expired or anonymised."""
    max_age = timedelta(days=settings.ACADEMY_LINK_MAX_AGE_DAYS)
    try:
        key = uuid.UUID(signing.loads(token, salt=SALT, max_age=max_age))
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return (
        Registration.objects.select_related("session__course")
        .filter(key=key, anonymised_at__isnull=True)
        .first()
    )


def personal_url(registration, *, absolute: bool = True) -> str:
    with translation.override(registration.language):
        path = reverse("academy:registration", args=[make_token(registration)])
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}" if absolute else path
