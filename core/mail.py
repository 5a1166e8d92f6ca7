"""Mail for every app: plain text without HTML escaping, one-line headers, and failures that
are recorded for staff and sorted into those worth retrying and those that are not.

A task that sends mail uses ``MAIL_TASK`` and calls ``send``: a temporary failure (the server
is unreachable or answers 4xx) raises ``TemporaryMailError`` and Celery retries with backoff; a
permanent one (a header that cannot be built, a 5xx answer) is recorded and not retried.
"""

import logging
import smtplib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db.models import F
from django.template import engines
from django.utils import timezone

from core.models import MailFailure
from core.tasks import TRANSIENT_ERRORS
from core.text import clean_text, one_line

logger = logging.getLogger(__name__)

# What Django's SMTP backend raises when the server cannot be reached or refuses the mail.
MAIL_ERRORS = (smtplib.SMTPException, OSError)


class TemporaryMailError(Exception):
    """The mail server could not take the mail now; trying again later can help."""


MAIL_TASK = {
    "autoretry_for": (TemporaryMailError, *TRANSIENT_ERRORS),
    "retry_backoff": 30,
    "retry_backoff_max": 60 * 60,
    "max_retries": 10,
}


@dataclass(frozen=True)
class Mail:
    purpose: str  # which mail, e.g. "knowledge.upload_received"
    object_id: int | str  # what it is about, with the purpose unique
    description: str  # shown to staff when it fails
    subject: str
    body: str
    to: Sequence[str]
    attachments: Sequence[tuple[str, str, str]] = ()
    html: str = ""  # an HTML alternative to the plain text body, when the mail has one
    headers: Mapping[str, str] = field(default_factory=dict)


def render_text(template_name: str, context: dict) -> str:
    """A ``.txt`` mail template, rendered without HTML autoescaping ("foto's", not "foto&#x27;s").

    The "mail" template engine (settings.TEMPLATES) has autoescape off; a mail's HTML
    alternative (``Mail.html``) is rendered by the site's own engine, which escapes.
    """
    return engines["mail"].get_template(template_name).render(context)


def is_temporary(error: Exception) -> bool:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return any(400 <= code < 500 for code, _message in error.recipients.values())
    if isinstance(error, smtplib.SMTPResponseException):
        return 400 <= error.smtp_code < 500
    # Refused connections, timeouts and dropped connections.
    return isinstance(error, MAIL_ERRORS)


def describe(error: Exception) -> str:
    """The error for staff, without the recipient's address where the server named it."""

    def text(value) -> str:
        return value.decode(errors="replace") if isinstance(value, bytes) else str(value)

    if isinstance(error, smtplib.SMTPRecipientsRefused):
        answers = error.recipients.values()
        detail = "; ".join(f"{code} {text(message)}" for code, message in answers)
    elif isinstance(error, smtplib.SMTPResponseException):
        detail = f"{error.smtp_code} {text(error.smtp_error)}"
    else:
        detail = str(error)
    return clean_text(f"{type(error).__name__}: {detail}")[:1000]


def _record(mail: Mail, error: Exception, *, permanent: bool) -> None:
    failure, _created = MailFailure.objects.get_or_create(
        purpose=mail.purpose,
        object_id=str(mail.object_id),
        defaults={"description": one_line(mail.description)[:255]},
    )
    MailFailure.objects.filter(pk=failure.pk).update(
        attempts=F("attempts") + 1,
        permanent=permanent,
        last_error=describe(error),
        last_failed_at=timezone.now(),
        resolved_at=None,
    )
    logger.warning(
        "Mail %s %s not sent (%s): %s",
        mail.purpose,
        mail.object_id,
        "permanent" if permanent else "will retry",
        type(error).__name__,
    )


def send(mail: Mail) -> bool:
    """True when sent; False when it failed for good (recorded); raises TemporaryMailError."""
    subject, body = one_line(mail.subject), clean_text(mail.body)
    headers = {name: one_line(value) for name, value in mail.headers.items()}
    message = EmailMultiAlternatives(
        subject, body, settings.DEFAULT_FROM_EMAIL, mail.to, headers=headers
    )
    if mail.html:
        message.attach_alternative(mail.html, "text/html")
    for attachment in mail.attachments:
        message.attach(*attachment)
    try:
        # Built before connecting: a header that cannot be written is the mail's fault.
        message.message()
        message.send()
    except ValueError as error:  # BadHeaderError, an address that cannot be encoded
        _record(mail, error, permanent=True)
        return False
    except MAIL_ERRORS as error:
        temporary = is_temporary(error)
        _record(mail, error, permanent=not temporary)
        if temporary:
            raise TemporaryMailError(describe(error)) from error
        return False
    MailFailure.objects.filter(
        purpose=mail.purpose, object_id=str(mail.object_id), resolved_at=None
    ).update(resolved_at=timezone.now())
    return True


def given_up(purpose: str) -> list[int]:
    """The objects whose mail of this purpose failed for good: sweeps pass them by."""
    ids = MailFailure.objects.filter(purpose=purpose, permanent=True, resolved_at=None).values_list(
        "object_id", flat=True
    )
    return [int(value) for value in ids if value.isdigit()]


def failure_name(purpose: str, object_id: int | str) -> str:
    """The kind of error that stopped this mail (``SMTPRecipientsRefused``), without detail."""
    failure = MailFailure.objects.filter(purpose=purpose, object_id=str(object_id)).first()
    return failure.last_error.partition(":")[0] if failure else ""
