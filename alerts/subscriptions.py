"""Subscribing with double opt-in, confirming, and what the manage page may change.

Nothing but the confirmation mail is sent before the link in it is followed. Ending an
alert deletes it at once; unconfirmed ones are deleted after ALERTS_CONFIRM_DAYS.
"""

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from alerts.filters import canonical
from alerts.models import Subscription
from core.tasks import enqueue_after_commit


class Outcome(enum.Enum):
    CONFIRMATION_SENT = "confirmation_sent"
    # Already followed: a mail with the manage link goes to the address, nothing else changes.
    ALREADY_FOLLOWED = "already_followed"


@dataclass(frozen=True)
class SubscribeRequest:
    email: str
    frequency: str
    query: str  # the search page's query string
    language: str = "nl"


def subscribe(request: SubscribeRequest) -> Outcome:
    """The visitor is told the same in both cases, so the form reveals no one's alerts."""
    email = request.email.strip()
    query = canonical(request.query, request.language)
    with transaction.atomic():
        existing = (
            Subscription.objects.select_for_update()
            .filter(email__iexact=email, query=query, language=request.language)
            .first()
        )
        if existing and existing.status != Subscription.PENDING:
            enqueue_after_commit("alerts.send_manage_link", existing.pk)
            return Outcome.ALREADY_FOLLOWED
        if existing:
            existing.frequency = request.frequency
            existing.confirmation_sent_at = None
            existing.save(update_fields=["frequency", "confirmation_sent_at"])
            subscription = existing
        else:
            try:
                with transaction.atomic():
                    subscription = Subscription.objects.create(
                        email=email,
                        query=query,
                        language=request.language,
                        frequency=request.frequency,
                    )
            except IntegrityError:  # the same address and filters at the same moment
                return Outcome.CONFIRMATION_SENT
        enqueue_after_commit("alerts.send_confirmation", subscription.pk)
    return Outcome.CONFIRMATION_SENT


def confirm(subscription_id: int, *, now: datetime | None = None) -> Subscription | None:
    """Confirms a pending alert; a confirmed one stays as it is. None when it no longer exists
    (ended, or deleted unconfirmed)."""
    now = now or timezone.now()
    with transaction.atomic():
        subscription = Subscription.objects.select_for_update().filter(pk=subscription_id).first()
        if subscription is None:
            return None
        if subscription.status == Subscription.PENDING:
            subscription.status = Subscription.ACTIVE
            subscription.confirmed_at = now
            subscription.checked_until = now
            subscription.save(update_fields=["status", "confirmed_at", "checked_until"])
    return subscription


def end(subscription_id: int) -> bool:
    """Deletes the alert and what it was sent; True when there was one."""
    deleted, _counts = Subscription.objects.filter(pk=subscription_id).delete()
    return bool(deleted)


def alerts_of(key: str):
    """The confirmed alerts of one address, by its key (models.address_key)."""
    return Subscription.objects.filter(address_key=key).exclude(status=Subscription.PENDING)


def _of(key: str, subscription_id: int):
    return alerts_of(key).filter(pk=subscription_id)


def pause(key: str, subscription_id: int) -> bool:
    return bool(_of(key, subscription_id).update(status=Subscription.PAUSED))


def resume(key: str, subscription_id: int, *, now: datetime | None = None) -> bool:
    """Goes on from now: what appeared while it was paused is not sent afterwards."""
    now = now or timezone.now()
    return bool(
        _of(key, subscription_id).update(
            status=Subscription.ACTIVE, checked_until=now, failures=0, paused_by_failures=False
        )
    )


def change_frequency(key: str, subscription_id: int, frequency: str) -> bool:
    if frequency not in dict(Subscription.FREQUENCY_CHOICES):
        return False
    return bool(_of(key, subscription_id).update(frequency=frequency))


def end_for(key: str, subscription_id: int) -> bool:
    deleted, _counts = _of(key, subscription_id).delete()
    return bool(deleted)


def remove_unconfirmed(*, now: datetime | None = None) -> int:
    cutoff = (now or timezone.now()) - timedelta(days=settings.ALERTS_CONFIRM_DAYS)
    deleted, _counts = Subscription.objects.filter(
        status=Subscription.PENDING, created_at__lt=cutoff
    ).delete()
    return deleted
