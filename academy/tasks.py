"""Mail of the academy, sent by Celery after the registration is stored.

Each task is idempotent (a ``*_sent_at`` column), retried with backoff when the mail server
fails, and swept up again by ``sweep_unsent_mail`` when the broker was down at the time.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from celery import shared_task

from academy.calendar import calendar, session_event
from academy.links import personal_url
from academy.models import Registration, Session, SessionMessage
from academy.retention import anonymise_old_registrations as anonymise
from core import mail
from core.mail import MAIL_TASK

logger = logging.getLogger(__name__)

# The confirmation and the waiting-list mail are one mail: either is sent once.
CONFIRMATION_MAIL = "academy.confirmation"


def _registration(registration_id: int, unsent_field: str, **filters):
    return (
        Registration.objects.select_related("session__course")
        .filter(pk=registration_id, anonymised_at__isnull=True, **{unsent_field: None}, **filters)
        .first()
    )


def _send(
    registration,
    template: str,
    subject: str,
    *,
    with_calendar: bool,
    purpose: str = "",
    **context,
) -> bool:
    """False when the mail failed for good (core.mail records it for staff)."""
    session = registration.session
    url = personal_url(registration)
    body = mail.render_text(
        f"academy/email/{template}.txt",
        {"registration": registration, "session": session, "personal_url": url, **context},
    )
    attachments = []
    if with_calendar:
        event = session_event(session, url=url, private=True)
        attachments.append(
            (
                "bijeenkomst.ics",
                calendar([event], name=session.display_title),
                "text/calendar; charset=utf-8; method=PUBLISH",
            )
        )
    return mail.send(
        mail.Mail(
            purpose=purpose or f"academy.{template}",
            object_id=registration.pk,
            description=session.display_title,
            subject=subject,
            body=body,
            to=[registration.email],
            attachments=attachments,
        )
    )


def _mark(registration, field: str) -> None:
    type(registration).objects.filter(pk=registration.pk).update(**{field: timezone.now()})


@shared_task(name="academy.send_confirmation", **MAIL_TASK)
def send_confirmation(registration_id: int) -> bool:
    """Registered: the confirmation with a calendar entry. Waiting: where you stand."""
    registration = _registration(registration_id, "confirmation_sent_at")
    if registration is None or registration.status == Registration.CANCELLED:
        return False
    with translation.override(registration.language):
        title = registration.session.display_title
        if registration.status == Registration.REGISTERED:
            sent = _send(
                registration,
                "confirmation",
                _("You are registered: %(title)s") % {"title": title},
                with_calendar=True,
                purpose=CONFIRMATION_MAIL,
            )
        else:
            sent = _send(
                registration,
                "waiting_list",
                _("You are on the waiting list: %(title)s") % {"title": title},
                with_calendar=False,
                purpose=CONFIRMATION_MAIL,
                position=registration.waiting_position(),
            )
    if not sent:
        return False
    _mark(registration, "confirmation_sent_at")
    return True


@shared_task(name="academy.send_promotion", **MAIL_TASK)
def send_promotion(registration_id: int) -> bool:
    registration = _registration(
        registration_id,
        "promotion_sent_at",
        status=Registration.REGISTERED,
        promoted_at__isnull=False,
    )
    if registration is None:
        return False
    with translation.override(registration.language):
        subject = _("A place has become free for you: %(title)s") % {
            "title": registration.session.display_title
        }
        sent = _send(registration, "promotion", subject, with_calendar=True)
    if not sent:
        return False
    _mark(registration, "promotion_sent_at")
    return True


@shared_task(name="academy.send_session_cancelled", **MAIL_TASK)
def send_session_cancelled(registration_id: int) -> bool:
    registration = _registration(
        registration_id, "cancellation_sent_at", status__in=Registration.ACTIVE
    )
    if registration is None or registration.session.status != registration.session.CANCELLED:
        return False
    with translation.override(registration.language):
        subject = _("Cancelled: %(title)s") % {"title": registration.session.display_title}
        sent = _send(registration, "session_cancelled", subject, with_calendar=False)
    if not sent:
        return False
    _mark(registration, "cancellation_sent_at")
    return True


@shared_task(name="academy.send_reminder", **MAIL_TASK)
def send_reminder(registration_id: int) -> bool:
    registration = _registration(
        registration_id,
        "reminder_sent_at",
        status=Registration.REGISTERED,
        session__status__in=[Session.OPEN, Session.FULL],
    )
    if registration is None:
        return False
    with translation.override(registration.language):
        subject = _("Reminder: %(title)s") % {"title": registration.session.display_title}
        sent = _send(registration, "reminder", subject, with_calendar=True)
    if not sent:
        return False
    _mark(registration, "reminder_sent_at")
    return True


@shared_task(name="academy.send_reminders")
def send_reminders() -> int:
    """Run by Celery beat: a reminder to everyone registered for a session in the next two days."""
    now = timezone.now()
    due = Registration.objects.filter(
        status=Registration.REGISTERED,
        reminder_sent_at__isnull=True,
        anonymised_at__isnull=True,
        session__starts_at__gt=now,
        session__starts_at__lte=now + timedelta(days=settings.ACADEMY_REMINDER_DAYS),
    ).exclude(session__status=Session.CANCELLED)
    ids = list(due.values_list("pk", flat=True))
    for registration_id in ids:
        send_reminder.delay(registration_id)
    return len(ids)


@shared_task(name="academy.send_session_message", **MAIL_TASK)
def send_session_message(message_id: int, registration_id: int) -> bool:
    message = SessionMessage.objects.filter(pk=message_id).first()
    registration = (
        Registration.objects.select_related("session__course")
        .filter(
            pk=registration_id,
            session_id=message.session_id if message else None,
            status__in=Registration.ACTIVE,
            anonymised_at__isnull=True,
        )
        .first()
    )
    if message is None or registration is None:
        return False
    with translation.override(registration.language):
        return _send(
            registration,
            "message",
            message.subject,
            with_calendar=False,
            purpose=f"academy.message.{message.pk}",
            message=message,
        )


@shared_task(name="academy.sweep_unsent_mail")
def sweep_unsent_mail() -> int:
    """Send again what never reached the broker (it was down when the registration was stored)."""
    stale = timezone.now() - timedelta(minutes=15)
    pending = Registration.objects.filter(
        anonymised_at__isnull=True, created_at__lt=stale, session__starts_at__gt=timezone.now()
    )
    confirmations = (
        pending.filter(status__in=Registration.ACTIVE, confirmation_sent_at__isnull=True)
        .exclude(pk__in=mail.given_up(CONFIRMATION_MAIL))
        .values_list("pk", flat=True)
    )
    promotions = (
        pending.filter(
            status=Registration.REGISTERED,
            promoted_at__lt=stale,
            promotion_sent_at__isnull=True,
        )
        .exclude(pk__in=mail.given_up("academy.promotion"))
        .values_list("pk", flat=True)
    )
    for registration_id in confirmations:
        send_confirmation.delay(registration_id)
    for registration_id in promotions:
        send_promotion.delay(registration_id)
    return len(confirmations) + len(promotions)


@shared_task(name="academy.anonymise_old_registrations")
def anonymise_old_registrations() -> int:
    return anonymise()
