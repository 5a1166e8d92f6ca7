"""Background work through a real Redis broker and a real Celery worker process."""

import os
import subprocess
import sys

from django.conf import settings
from django.db import transaction
from django.test import override_settings

from wagtail.search.models import IndexEntry

import pytest

from core.tasks import ping
from knowledge.models import KnowledgeIndexPage
from tests.conftest import PROJECT_DIR
from tests.waiting import wait_until

CELERY_TASKS = {"default": {"BACKEND": "core.task_backends.CeleryBackend"}}

pytestmark = [pytest.mark.celery]


def test_task_goes_through_redis_to_a_worker_and_back(celery_worker):
    result = ping.delay("heen-en-terug")

    assert result.get(timeout=20) == "pong:heen-en-terug"


@pytest.mark.django_db(transaction=True)
def test_wagtail_task_is_sent_only_after_the_transaction_commits(
    celery_worker, redis_client, site_tree
):
    home = site_tree.homes["nl"]
    # Building the site tree sends index tasks of its own; the worker takes them first.
    assert wait_until(lambda: redis_client.llen("celery") == 0)
    with override_settings(TASKS=CELERY_TASKS), transaction.atomic():
        page = home.add_child(instance=KnowledgeIndexPage(title="Kennisbank", slug="kennisbank"))
        page.save_revision().publish()
        queued_inside_transaction = redis_client.llen("celery")

    assert queued_inside_transaction == 0
    # The worker, not this process, writes the search index entry for the new page.
    assert wait_until(lambda: IndexEntry.objects.filter(object_id=str(page.pk)).exists())


@pytest.mark.django_db(transaction=True)
def test_publish_succeeds_when_the_broker_is_down(site_tree):
    """With production wiring and Redis unreachable, publishing still works and is logged."""
    database = settings.DATABASES["default"]
    script = (
        "from core.models import HomePage;"
        "from knowledge.models import KnowledgeIndexPage;"
        "home = HomePage.objects.get(locale__language_code='nl');"
        "page = home.add_child(instance=KnowledgeIndexPage(title='Kennisbank', slug='kb'));"
        "page.save_revision().publish();"
        "print('published', page.live)"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=PROJECT_DIR,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.dev",
            "DATABASE_URL": (
                f"postgres://{database['USER']}:{database['PASSWORD']}@{database['HOST']}:"
                f"{database['PORT'] or 5432}/{database['NAME']}"
            ),
            "CELERY_BROKER_URL": "redis://127.0.0.1:1/0",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stderr
    assert "published True" in result.stdout
    assert "Broker unreachable" in result.stderr
    assert KnowledgeIndexPage.objects.get(slug="kb").live
