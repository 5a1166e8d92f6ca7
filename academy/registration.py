"""The rules of registering for a session, cancelling, the waiting list and attendance.

Every change of seats happens with the session row locked (``SELECT ... FOR UPDATE``), so
two people racing for the last seat are served one after the other. Mail is sent by Celery
tasks after the commit: what is stored never depends on the mail server.
"""

import enum
from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from academy.models import Registration, Session
from core.tasks import enqueue_after_commit


class Outcome(enum.Enum):
    REGISTERED = "registered"
    WAITING = "waiting"
    DUPLICATE = "duplicate"
    CLOSED = "closed"


@dataclass(frozen=True)
class RegistrationRequest:
    session_id: int
    name: str
    email: str
    consent: bool
    initiative_id: int | None = None
    initiative_name: str = ""
    role: str = ""
    accessibility_needs: str = ""
    language: str = "nl"


@dataclass(frozen=True)
class RegistrationResult:
    outcome: Outcome
    registration: Registration | None = None
    message: str = ""

    @property
    def stored(self) -> bool:
        return self.registration is not None


@dataclass(frozen=True)
class CancelResult:
    cancelled: bool
    promoted: Registration | None = None


def closed_reason(session: Session, now: datetime | None = None) -> str:
    """Why nobody can register any more, in words for the visitor; empty when it is open."""
    now = now or timezone.now()
    if session.status == Session.CANCELLED:
        return _("This session has been cancelled. You cannot register for it.")
    if session.starts_at <= now:
        return _("This session has already taken place. You cannot register for it any more.")
    if now >= session.closes_at:
        closed = formats.date_format(timezone.localtime(session.closes_at), "j F Y, H.i")
        return _("Registration for this session closed on %(date)s.") % {"date": closed}
    return ""


def register(request: RegistrationRequest, *, now: datetime | None = None) -> RegistrationResult:
    """Register, or put on the waiting list when the session is full."""
    if not request.consent:
        raise ValueError("A registration needs consent to the privacy statement")
    email = request.email.strip()
    with transaction.atomic():
        session = Session.objects.select_for_update().get(pk=request.session_id)
        reason = closed_reason(session, now)
        if reason:
            return RegistrationResult(Outcome.CLOSED, message=reason)
        active = session.registrations.filter(status__in=Registration.ACTIVE)
        if active.filter(email__iexact=email).exists():
            return RegistrationResult(
                Outcome.DUPLICATE,
                message=_(
                    "This email address is already registered for this session. The email "
                    "we sent you has a link to your registration."
                ),
            )
        has_seat = session.status == Session.OPEN and (
            active.filter(status=Registration.REGISTERED).count() < session.capacity
        )
        try:
            with transaction.atomic():
                registration = Registration.objects.create(
                    session=session,
                    status=Registration.REGISTERED if has_seat else Registration.WAITING,
                    name=request.name.strip(),
                    email=email,
                    initiative_id=request.initiative_id,
                    initiative_name=request.initiative_name.strip(),
                    role=request.role,
                    accessibility_needs=request.accessibility_needs.strip(),
                    language=request.language,
                    consent_at=now or timezone.now(),
                )
        except IntegrityError:
            # The database's own guard against the same address twice; the lock makes it rare.
            return RegistrationResult(
                Outcome.DUPLICATE,
                message=_("This email address is already registered for this session."),
            )
        enqueue_after_commit("academy.send_confirmation", registration.pk)
    outcome = Outcome.REGISTERED if has_seat else Outcome.WAITING
    return RegistrationResult(outcome, registration)


def _fill_free_seats(session: Session, now: datetime) -> list[Registration]:
    """Move people up from the waiting list while seats are free. The session must be locked."""
    if session.status != Session.OPEN or session.starts_at <= now:
        return []
    registrations = session.registrations
    free = session.capacity - registrations.filter(status=Registration.REGISTERED).count()
    promoted = list(
        registrations.filter(status=Registration.WAITING).order_by("created_at", "id")[
            : max(free, 0)
        ]
    )
    for registration in promoted:
        registration.status = Registration.REGISTERED
        registration.promoted_at = now
        registration.save(update_fields=["status", "promoted_at"])
        enqueue_after_commit("academy.send_promotion", registration.pk)
    return promoted


def cancel_registration(registration_id: int, *, now: datetime | None = None) -> CancelResult:
    """A participant cancels; a freed seat goes to the first person on the waiting list."""
    now = now or timezone.now()
    with transaction.atomic():
        session_id = Registration.objects.values_list("session_id", flat=True).get(
            pk=registration_id
        )
        session = Session.objects.select_for_update().get(pk=session_id)
        registration = session.registrations.get(pk=registration_id)
        if registration.status == Registration.CANCELLED:
            return CancelResult(cancelled=False)
        registration.status = Registration.CANCELLED
        registration.cancelled_at = now
        registration.save(update_fields=["status", "cancelled_at"])
        promoted = _fill_free_seats(session, now)
    return CancelResult(cancelled=True, promoted=promoted[0] if promoted else None)


def fill_free_seats(session_id: int, *, now: datetime | None = None) -> list[Registration]:
    """After the organisers add places or reopen a session."""
    with transaction.atomic():
        session = Session.objects.select_for_update().get(pk=session_id)
        return _fill_free_seats(session, now or timezone.now())


def cancel_session(session_id: int, reason: str, *, now: datetime | None = None) -> int:
    """The organisers cancel: registration closes and everyone registered or waiting is told."""
    with transaction.atomic():
        session = Session.objects.select_for_update().get(pk=session_id)
        if session.status == Session.CANCELLED:
            return 0
        session.status = Session.CANCELLED
        session.cancelled_at = now or timezone.now()
        session.cancellation_reason = reason.strip()
        session.save(update_fields=["status", "cancelled_at", "cancellation_reason"])
        ids = list(
            session.registrations.filter(status__in=Registration.ACTIVE).values_list(
                "pk", flat=True
            )
        )
        for registration_id in ids:
            enqueue_after_commit("academy.send_session_cancelled", registration_id)
    return len(ids)


def mark_attendance(session_id: int, attended_ids: set[int]) -> int:
    """Set who was there; only registered participants can have attended."""
    with transaction.atomic():
        registered = Registration.objects.filter(
            session_id=session_id, status=Registration.REGISTERED
        )
        registered.exclude(pk__in=attended_ids).update(attended=False)
        return registered.filter(pk__in=attended_ids).update(attended=True)
