"""Privacy (AVG): personal data of registrations is removed some months after the session."""

import uuid
from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from academy.models import Registration
from core.dates import months_before


@transaction.atomic
def anonymise_old_registrations(*, now: datetime | None = None, months: int | None = None) -> int:
    """Blank the personal fields; status and attendance stay, so the counts stay."""
    now = now or timezone.now()
    months = settings.ACADEMY_RETENTION_MONTHS if months is None else months
    old = Registration.objects.filter(
        anonymised_at__isnull=True, session__ends_at__lt=months_before(now, months)
    )
    count = 0
    for registration in old.select_for_update():
        registration.name = ""
        registration.email = ""
        registration.initiative = None
        registration.initiative_name = ""
        registration.role = ""
        registration.accessibility_needs = ""
        # A new key: personal links sent before stop working.
        registration.key = uuid.uuid4()
        registration.anonymised_at = now
        registration.save()
        count += 1
    return count
