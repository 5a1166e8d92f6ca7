"""Celery tasks shared by every app, and the runner for Wagtail's django-tasks."""

import logging
from functools import partial

from django.core.management import call_command
from django.db import InterfaceError, OperationalError, transaction
from django.utils.module_loading import import_string

from celery import current_app, shared_task
from celery.exceptions import NotRegistered

logger = logging.getLogger(__name__)

# Retried: a database that is briefly unreachable. Not retried: a programming error.
TRANSIENT_ERRORS = (OperationalError, InterfaceError, ConnectionError, TimeoutError)


@shared_task(
    name="core.run_django_task",
    # Wagtail never reads these results; storing them would also make a broker outage slow.
    ignore_result=True,
    autoretry_for=TRANSIENT_ERRORS,
    retry_backoff=True,
    retry_backoff_max=300,
    max_retries=5,
)
def run_django_task(module_path: str, args: list, kwargs: dict):
    """Run a django-tasks task (Wagtail's index updates) that CeleryBackend sent."""
    task = import_string(module_path)
    return task.call(*args, **kwargs)


@shared_task(name="core.ping")
def ping(payload: str) -> str:
    """Answer with the payload; used to prove the broker and a worker are alive."""
    return f"pong:{payload}"


def enqueue(task_name: str, *args, best_effort: bool = False) -> None:
    """Send the Celery task named ``task_name`` now; by name, so a service never imports the
    tasks that call it.

    An unknown name fails at once (a programming error); a broker outage is only logged:
    whatever the task works on is already stored, and a periodic sweep picks up what was
    never sent. ``best_effort`` is for work that may be lost (a search count): no waiting on
    a broker that is down, and a warning instead of a traceback.
    """
    task = current_app.tasks[task_name]
    try:
        if best_effort:
            task.apply_async(args, retry=False)
        else:
            task.delay(*args)
    except Exception as error:
        if best_effort:
            logger.warning("Task %s not sent: %s", task_name, type(error).__name__)
        else:
            logger.exception(
                "Could not send task %s%r; the periodic sweep will retry", task_name, args
            )


def enqueue_after_commit(task_name: str, *args, best_effort: bool = False) -> None:
    """``enqueue`` once the current transaction commits, so the task finds what it stored."""
    if task_name not in current_app.tasks:  # a programming error: fail in the caller
        raise NotRegistered(task_name)
    send = partial(enqueue, task_name, *args, best_effort=best_effort)
    transaction.on_commit(send, robust=True)


@shared_task(name="core.publish_scheduled")
def publish_scheduled() -> None:
    """Wagtail's scheduled publishing and unpublishing, run every minute by Celery beat."""
    call_command("publish_scheduled")
