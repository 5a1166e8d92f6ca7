"""Sending alerts: what is new for each subscription, claimed before it is mailed.

Each subscription is handled on its own. Under a row lock (``SKIP LOCKED``: a second run
passes a subscription the first is working on) the search service finds the pages first
published since the last run and a ``Delivery`` row is inserted for each; that commits
before the mail goes out. A run that starts again, or a task retried after its worker was
killed, finds those rows and sends nothing twice: at most once per page and subscription. A
mail the server did not take (a temporary error, a refusal) gives its pages back.
"""

import enum
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.models import Page

from alerts import links
from alerts.filters import alert_query, describe
from alerts.models import Delivery, Subscription
from core import mail
from search.params import params_for
from search.query import Hit, SearchQuery
from search.service import search

logger = logging.getLogger(__name__)

ALERT_MAIL = "alerts.alert"
CONFIRM_MAIL = "alerts.confirm"
MANAGE_MAIL = "alerts.manage_link"


class Sent(enum.Enum):
    SENT = "sent"
    NOTHING_NEW = "nothing_new"
    SKIPPED = "skipped"  # gone, not active, or another run holds it
    REFUSED = "refused"  # the mail server refused the address for good


@dataclass(frozen=True)
class Item:
    page_id: int
    title: str
    summary: str
    url: str


def _search_url(subscription: Subscription) -> str:
    query = alert_query(subscription.query, subscription.language)
    with translation.override(subscription.language):
        path = reverse("search")
    return links.absolute(path + params_for(query, sort="newest").rstrip("?"))


def new_items(subscription: Subscription, now: datetime) -> list[Item]:
    """Pages first published since the last run, live now, not yet claimed for this alert."""
    overlap = timedelta(minutes=settings.ALERTS_OVERLAP_MINUTES)
    since = max(subscription.confirmed_at, (subscription.checked_until or now) - overlap)
    query = alert_query(subscription.query, subscription.language)
    result = search(
        SearchQuery(
            text=query.text,
            filters=query.filters,
            sort="newest",
            page_size=settings.ALERTS_MAX_ITEMS * 2,
            locale=subscription.language,
            published_since=since,
        )
    )
    hits: list[Hit] = [hit for hit in result.hits if hit.page_id and hit.url.startswith("/")]
    ids = [hit.page_id for hit in hits]
    live = set(Page.objects.filter(id__in=ids, live=True).values_list("id", flat=True))
    claimed = set(subscription.deliveries.filter(page_id__in=ids).values_list("page_id", flat=True))
    items = [
        Item(hit.page_id, hit.title, hit.summary, links.absolute(hit.url))
        for hit in hits
        if hit.page_id in live and hit.page_id not in claimed
    ]
    return items[: settings.ALERTS_MAX_ITEMS]


def _headers(subscription: Subscription) -> dict[str, str]:
    """RFC 8058 one-click unsubscribe: mail programs POST to the link without asking."""
    return {
        "List-Unsubscribe": f"<{links.unsubscribe_url(subscription)}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def alert_mail(subscription: Subscription, items: list[Item]) -> mail.Mail:
    with translation.override(subscription.language):
        context = {
            "items": items,
            "description": describe(subscription.query, subscription.language),
            "search_url": _search_url(subscription),
            "unsubscribe_url": links.unsubscribe_url(subscription),
            "manage_url": links.manage_url(subscription.email, subscription.language),
            "frequency": subscription.get_frequency_display(),
            "language": subscription.language,
        }
        subject = _("New in the knowledge base: %(description)s") % context
        return mail.Mail(
            purpose=ALERT_MAIL,
            object_id=subscription.pk,
            description=f"E-mail alert {subscription.pk}",
            subject=subject[:150],
            body=mail.render_text("alerts/email/alert.txt", context),
            html=render_to_string("alerts/email/alert.html", {**context, "subject": subject}),
            to=[subscription.email],
            headers=_headers(subscription),
        )


def _give_back(claims: list[int]) -> None:
    Delivery.objects.filter(pk__in=claims).delete()


def send_subscription(subscription_id: int, *, now: datetime | None = None) -> Sent:
    now = now or timezone.now()
    with transaction.atomic():
        # SQLite (the demo) has one writer at a time and no SKIP LOCKED.
        skip_locked = connection.features.has_select_for_update_skip_locked
        subscription = (
            Subscription.objects.select_for_update(skip_locked=skip_locked)
            .filter(pk=subscription_id, status=Subscription.ACTIVE)
            .first()
        )
        if subscription is None:
            return Sent.SKIPPED
        items = new_items(subscription, now)
        if not items:
            subscription.checked_until = now
            subscription.save(update_fields=["checked_until"])
            return Sent.NOTHING_NEW
        claims = Delivery.objects.bulk_create(
            [Delivery(subscription=subscription, page_id=item.page_id) for item in items]
        )
    # The claims are committed: from here on these pages are never sent to it again.
    claim_ids = [claim.pk for claim in claims]
    try:
        delivered = mail.send(alert_mail(subscription, items))
    except mail.TemporaryMailError:
        _give_back(claim_ids)
        raise
    if not delivered:
        _give_back(claim_ids)
        _count_refusal(subscription)
        return Sent.REFUSED
    with transaction.atomic():
        Delivery.objects.filter(pk__in=claim_ids).update(sent_at=now)
        Subscription.objects.filter(pk=subscription.pk).update(
            checked_until=now, last_sent_at=now, failures=0
        )
    return Sent.SENT


def _count_refusal(subscription: Subscription) -> None:
    Subscription.objects.filter(pk=subscription.pk).update(failures=F("failures") + 1)
    paused = Subscription.objects.filter(
        pk=subscription.pk, failures__gte=settings.ALERTS_MAX_FAILURES
    ).update(status=Subscription.PAUSED, paused_by_failures=True)
    if paused:
        logger.warning("E-mail alert %s paused after refused mails", subscription.pk)


def send_due(frequency: str, *, now: datetime | None = None) -> dict[Sent, int]:
    """Every active alert of this frequency; a temporary mail error is raised at the end, so
    the task is retried for the alerts it could not send (the others are done)."""
    now = now or timezone.now()
    counts = dict.fromkeys(Sent, 0)
    delayed: mail.TemporaryMailError | None = None
    ids = Subscription.objects.filter(status=Subscription.ACTIVE, frequency=frequency)
    for subscription_id in ids.order_by("pk").values_list("pk", flat=True):
        try:
            counts[send_subscription(subscription_id, now=now)] += 1
        except mail.TemporaryMailError as error:
            delayed = error
    if delayed is not None:
        raise delayed
    return counts


def confirmation_mail(subscription: Subscription) -> mail.Mail:
    with translation.override(subscription.language):
        context = {
            "description": describe(subscription.query, subscription.language),
            "confirm_url": links.confirm_url(subscription),
            "frequency": subscription.get_frequency_display(),
            "days": settings.ALERTS_CONFIRM_DAYS,
        }
        return mail.Mail(
            purpose=CONFIRM_MAIL,
            object_id=subscription.pk,
            description=f"Confirmation of e-mail alert {subscription.pk}",
            subject=_("Confirm your e-mail alert"),
            body=mail.render_text("alerts/email/confirm.txt", context),
            to=[subscription.email],
        )


def send_confirmation(subscription_id: int) -> bool:
    """Once per request to subscribe; the mark keeps a retried task from sending it twice."""
    with transaction.atomic():
        subscription = (
            Subscription.objects.select_for_update()
            .filter(pk=subscription_id, status=Subscription.PENDING, confirmation_sent_at=None)
            .first()
        )
        if subscription is None:
            return False
        sent = mail.send(confirmation_mail(subscription))
        if sent:
            subscription.confirmation_sent_at = timezone.now()
            subscription.save(update_fields=["confirmation_sent_at"])
    return sent


def unsent_confirmations(*, now: datetime | None = None) -> list[int]:
    """Pending alerts whose confirmation never went out (the broker was down), a few minutes
    on; those whose mail failed for good are passed by."""
    cutoff = (now or timezone.now()) - timedelta(minutes=5)
    pending = Subscription.objects.filter(
        status=Subscription.PENDING, confirmation_sent_at=None, created_at__lt=cutoff
    ).exclude(pk__in=mail.given_up(CONFIRM_MAIL))
    return list(pending.values_list("pk", flat=True))


def send_manage_link(subscription_id: int) -> bool:
    subscription = Subscription.objects.filter(pk=subscription_id).first()
    if subscription is None:
        return False
    with translation.override(subscription.language):
        context = {
            "description": describe(subscription.query, subscription.language),
            "manage_url": links.manage_url(subscription.email, subscription.language),
        }
        return mail.send(
            mail.Mail(
                purpose=MANAGE_MAIL,
                object_id=subscription.pk,
                description=f"Manage link of e-mail alert {subscription.pk}",
                subject=_("You already follow this"),
                body=mail.render_text("alerts/email/manage_link.txt", context),
                to=[subscription.email],
            )
        )
