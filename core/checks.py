"""System checks that stop a misconfigured deployment before it serves a request."""

from django.conf import settings
from django.core.checks import Error, register

from core.pdf import font_paths


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


@register()
def pdf_fonts_exist(app_configs, **kwargs):
    missing = [str(path) for path in font_paths() if not path.is_file()]
    if missing:
        return [
            Error(
                f"The PDF font files are missing: {', '.join(missing)}.",
                hint="Install the fonts-dejavu-core package, or set PDF_FONT_DIR to a folder "
                "with DejaVuSans.ttf and DejaVuSans-Bold.ttf.",
                id="core.E002",
            )
        ]
    return []
