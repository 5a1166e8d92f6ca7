"""The organisers' side: the Academie group and messages to registrants."""

from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.db import transaction

from academy.models import Registration, SessionMessage
from core.groups import ensure_group
from core.tasks import enqueue_after_commit

ACADEMY_GROUP = "Academie"
# Exactly what organisers need: the admin, sessions, and registrations (see, export, attendance,
# message). Nobody else gets the registration permissions, so nobody else sees personal data.
ACADEMY_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("academy", "add_session"),
    ("academy", "change_session"),
    ("academy", "view_session"),
    ("academy", "view_registration"),
    ("academy", "change_registration"),
    ("academy", "export_registration"),
    ("academy", "message_registration"),
]


def ensure_academy_group() -> Group:
    """Idempotent; permissions the group should not have are taken away."""
    return ensure_group(ACADEMY_GROUP, ACADEMY_PERMISSIONS, only_these=True)


@dataclass(frozen=True)
class MessageRequest:
    session_id: int
    subject: str
    body: str
    include_waiting_list: bool
    sent_by: str


@transaction.atomic
def message_registrants(request: MessageRequest) -> tuple[SessionMessage, int]:
    """Store the message, then mail every registered participant (and the waiting list)."""
    message = SessionMessage.objects.create(
        session_id=request.session_id,
        subject=request.subject.strip(),
        body=request.body.strip(),
        include_waiting_list=request.include_waiting_list,
        sent_by=request.sent_by,
    )
    statuses = Registration.ACTIVE if request.include_waiting_list else [Registration.REGISTERED]
    ids = list(
        Registration.objects.filter(
            session_id=request.session_id, status__in=statuses, anonymised_at__isnull=True
        ).values_list("pk", flat=True)
    )
    for registration_id in ids:
        enqueue_after_commit("academy.send_session_message", message.pk, registration_id)
    return message, len(ids)
