"""Copy changes of the search table to the search server once they are committed.

Every saved or deleted ``SearchDocument`` is collected per transaction; after the commit one
Celery task per batch makes the server's index match the table for those ids. The task is
idempotent and retried with backoff while the server is down; the periodic reconcile catches
whatever was never sent.
"""

import threading

from django.db import connection, transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from core.tasks import enqueue
from search.engines.client import server_configured
from search.engines.lifecycle import chunks
from search.models import SearchDocument

_local = threading.local()


def _scheduled() -> bool:
    return any(entry[1] is _send for entry in connection.run_on_commit)


def _send() -> None:
    ids = sorted(getattr(_local, "ids", set()))
    _local.ids = set()
    for batch in chunks(ids):
        enqueue("search.sync_documents", batch)


@receiver([post_save, post_delete], sender=SearchDocument)
def on_document_change(sender, instance, **kwargs):
    if not server_configured():
        return
    ids = getattr(_local, "ids", None)
    if ids and connection.in_atomic_block and _scheduled():
        ids.add(instance.pk)
        return
    _local.ids = {instance.pk}
    transaction.on_commit(_send, robust=True)
