"""System checks that stop a misconfigured deployment before it serves a request."""

from django.conf import settings
from django.core.checks import Error, register


@register()
def celery_backend_has_broker(app_configs, **kwargs):
    backends = getattr(settings, "TASKS", {}).values()
    uses_celery = any(conf["BACKEND"] == "core.task_backends.CeleryBackend" for conf in backends)
    if uses_celery and not settings.CELERY_BROKER_URL:
        return [
            Error(
                "TASKS uses the Celery backend but CELERY_BROKER_URL is not set.",
                hint="Set CELERY_BROKER_URL to the Redis address, e.g. redis://127.0.0.1:6379/0.",
                id="core.E001",
            )
        ]
    return []
