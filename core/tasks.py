"""Celery tasks shared by every app, and the runner for Wagtail's django-tasks."""

from django.db import InterfaceError, OperationalError
from django.utils.module_loading import import_string

from celery import shared_task

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
