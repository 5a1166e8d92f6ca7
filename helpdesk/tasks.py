"""Sending bundles by Celery: retried with backoff; a final failure is shown, never lost.

A mail that cannot be built or that the server refuses for good is not retried: ``deliver``
records it for the adviser (through ``core.mail``, which records it for staff too).
"""

import logging

from django.conf import settings

from celery import shared_task

from core.mail import TemporaryMailError
from core.tasks import TRANSIENT_ERRORS
from helpdesk import bundles

logger = logging.getLogger(__name__)


@shared_task(bind=True, name="helpdesk.send_bundle", max_retries=settings.HELPDESK_SEND_RETRIES)
def send_bundle(self, bundle_id: int) -> bool:
    try:
        return bundles.deliver(bundle_id)
    except (TemporaryMailError, *TRANSIENT_ERRORS) as error:
        final = self.request.retries >= self.max_retries
        logger.warning(
            "Bundle %s not sent (attempt %s): %s", bundle_id, self.request.retries, error
        )
        # The cause's name (ConnectionRefusedError), not the wrapper's, tells the adviser more.
        bundles.record_send_error(bundle_id, type(error.__cause__ or error).__name__, final=final)
        if final:
            return False
        raise self.retry(exc=error, countdown=min(30 * 2**self.request.retries, 60 * 60)) from error


@shared_task(name="helpdesk.sweep_unsent")
def sweep_unsent() -> int:
    """Run by Celery beat: send again what never reached the broker."""
    ids = bundles.unsent_bundle_ids()
    for bundle_id in ids:
        send_bundle.delay(bundle_id)
    return len(ids)


@shared_task(name="helpdesk.remove_old_recipients")
def remove_old_recipients() -> int:
    return bundles.remove_old_recipients()
