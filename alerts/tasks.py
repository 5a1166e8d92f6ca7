"""Background work of e-mail alerts: thin tasks that call the services by name."""

from celery import shared_task

from alerts import sending, subscriptions
from alerts.models import Subscription
from core.mail import MAIL_TASK


@shared_task(name="alerts.send_confirmation", **MAIL_TASK)
def send_confirmation(subscription_id: int) -> bool:
    return sending.send_confirmation(subscription_id)


@shared_task(name="alerts.sweep_unsent_confirmations")
def sweep_unsent_confirmations() -> int:
    ids = sending.unsent_confirmations()
    for subscription_id in ids:
        send_confirmation.delay(subscription_id)
    return len(ids)


@shared_task(name="alerts.send_manage_link", **MAIL_TASK)
def send_manage_link(subscription_id: int) -> bool:
    return sending.send_manage_link(subscription_id)


def _send(frequency: str) -> dict[str, int]:
    return {outcome.value: count for outcome, count in sending.send_due(frequency).items()}


@shared_task(name="alerts.send_immediate", **MAIL_TASK)
def send_immediate() -> dict[str, int]:
    return _send(Subscription.IMMEDIATE)


@shared_task(name="alerts.send_daily", **MAIL_TASK)
def send_daily() -> dict[str, int]:
    return _send(Subscription.DAILY)


@shared_task(name="alerts.send_weekly", **MAIL_TASK)
def send_weekly() -> dict[str, int]:
    return _send(Subscription.WEEKLY)


@shared_task(name="alerts.remove_unconfirmed")
def remove_unconfirmed() -> int:
    return subscriptions.remove_unconfirmed()
