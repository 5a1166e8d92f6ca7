"""Settings for the test suite: real PostgreSQL and Redis, named explicitly."""

import tempfile
from pathlib import Path

from config import env

from .base import *  # noqa: F403

SECRET_KEY = "test-only-insecure-key"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
DATABASES = {
    "default": env.get_database("TEST_DATABASE_URL", "postgres://nlzve:nlzve@127.0.0.1:5432/nlzve")
}
CELERY_BROKER_URL = env.get_url("TEST_REDIS_URL", "redis://127.0.0.1:6379/5", {"redis"})
CELERY_RESULT_BACKEND = CELERY_BROKER_URL
# Tests that need the worker say so; elsewhere a task runs in-process so a test sees its result.
CELERY_TASK_ALWAYS_EAGER = True
CELERY_TASK_EAGER_PROPAGATES = True
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# A worker process that a test starts sends to that test's SMTP server on loopback.
if env.get_str("TEST_EMAIL_PORT"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = "127.0.0.1"
    EMAIL_PORT = env.get_int("TEST_EMAIL_PORT", 25)
    EMAIL_USE_TLS = False
    EMAIL_TIMEOUT = 5
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Shared with the test worker process, which reads the same files.
UPLOADS_PRIVATE_ROOT = Path(
    env.get_str("UPLOADS_PRIVATE_ROOT", str(Path(tempfile.gettempdir()) / "nlzve-test-uploads"))
)
