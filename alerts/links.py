"""Signed, expiring links instead of an account: confirm, unsubscribe, manage."""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

from alerts.models import Subscription, address_key

CONFIRM = "alerts.confirm"
UNSUBSCRIBE = "alerts.unsubscribe"
MANAGE = "alerts.manage"


def _token(value: str, salt: str) -> str:
    return signing.TimestampSigner(salt=salt).sign(value)


def _value(token: str, salt: str, max_age: timedelta) -> str | None:
    """The signed value; None when the link was changed or is too old."""
    try:
        return signing.TimestampSigner(salt=salt).unsign(token, max_age=max_age)
    except signing.BadSignature:  # SignatureExpired is one
        return None


def link_max_age() -> timedelta:
    return timedelta(days=settings.ALERTS_LINK_MAX_AGE_DAYS)


def confirm_max_age() -> timedelta:
    return timedelta(days=settings.ALERTS_CONFIRM_DAYS)


def absolute(path: str) -> str:
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}"


def _url(name: str, token: str, language: str, *, full: bool = True) -> str:
    with translation.override(language):
        path = reverse(name, args=[token])
    return absolute(path) if full else path


def confirm_url(subscription: Subscription) -> str:
    token = _token(str(subscription.pk), CONFIRM)
    return _url("alerts:confirm", token, subscription.language)


def unsubscribe_url(subscription: Subscription) -> str:
    token = _token(str(subscription.pk), UNSUBSCRIBE)
    return _url("alerts:unsubscribe", token, subscription.language)


def manage_url(email: str, language: str, *, full: bool = True) -> str:
    """The page of every alert of this address; the link holds a key, not the address."""
    return _url("alerts:manage", _token(address_key(email), MANAGE), language, full=full)


def subscription_to_confirm(token: str) -> int | None:
    value = _value(token, CONFIRM, confirm_max_age())
    return int(value) if value and value.isdigit() else None


def subscription_to_end(token: str) -> int | None:
    value = _value(token, UNSUBSCRIBE, link_max_age())
    return int(value) if value and value.isdigit() else None


def address_to_manage(token: str) -> str | None:
    """The address key of a manage link."""
    return _value(token, MANAGE, link_max_age())
