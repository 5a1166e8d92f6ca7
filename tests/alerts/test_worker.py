"""A real worker killed while it sends: the task comes back and no item goes out twice."""

import os
import signal
import subprocess
import sys
import time

from django.conf import settings

import pytest

from alerts.models import Delivery
from alerts.tasks import send_daily
from tests.conftest import SmtpHandler
from tests.processes import PROJECT_DIR, free_port
from tests.waiting import wait_until

from .factories import SubscriptionFactory

VISIBILITY_TIMEOUT = 3
QUEUE = "alerts-kill-test"


def _worker(email_port: int) -> subprocess.Popen:
    database = settings.DATABASES["default"]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "TEST_DATABASE_URL": (
            f"postgres://{database['USER']}:{database['PASSWORD']}@{database['HOST']}:"
            f"{database['PORT'] or 5432}/{database['NAME']}"
        ),
        "TEST_REDIS_URL": settings.CELERY_BROKER_URL,
        "TEST_EMAIL_PORT": str(email_port),
        "CELERY_VISIBILITY_TIMEOUT": str(VISIBILITY_TIMEOUT),
    }
    command = [sys.executable, "-m", "celery", "-A", "config", "worker", "--pool=solo"]
    return subprocess.Popen(
        [*command, "-Q", QUEUE, "-l", "warning", "-n", f"{QUEUE}-{time.monotonic_ns()}@%h"],
        cwd=PROJECT_DIR,
        env=env,
        start_new_session=True,
    )


class KillingHandler(SmtpHandler):
    """Takes the first mail, then kills the worker before it hears the server's "250"."""

    worker: subprocess.Popen | None = None

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope.content)
        if len(self.messages) == 1 and self.worker is not None:
            os.killpg(self.worker.pid, signal.SIGKILL)
        return "250 Message accepted for delivery"


@pytest.mark.celery
@pytest.mark.django_db(transaction=True)
def test_worker_killed_mid_batch_and_retried_sends_each_item_once(redis_client, knowledge, publish):
    from aiosmtpd.controller import Controller

    from config.celery import app

    addresses = ["een@example.org", "twee@example.org", "drie@example.org"]
    for address in addresses:
        SubscriptionFactory(email=address)
    case = publish("Een dorpsfonds voor de buurtbus", knowledge["money"])
    handler = KillingHandler()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    first = handler.worker = _worker(controller.port)
    app.conf.task_always_eager = False
    try:
        send_daily.apply_async(queue=QUEUE)
        assert wait_until(lambda: first.poll() is not None, 90)
        assert len(handler.messages) == 1
        # The broker hands the unacknowledged task out again after its visibility timeout.
        time.sleep(VISIBILITY_TIMEOUT + 1)
        second = _worker(controller.port)
        try:
            assert wait_until(lambda: len(handler.messages) >= 3, 90)
            time.sleep(2)  # room for a mail too many to arrive
        finally:
            second.terminate()
            second.wait(timeout=20)
    finally:
        app.conf.task_always_eager = settings.CELERY_TASK_ALWAYS_EAGER
        if first.poll() is None:
            os.killpg(first.pid, signal.SIGKILL)
        controller.stop()

    recipients = sorted(
        line.split(":", 1)[1].strip()
        for message in handler.messages
        for line in message.decode().splitlines()
        if line.startswith("To:")
    )
    assert recipients == sorted(addresses)
    assert all(case.title.encode() in message for message in handler.messages)
    assert Delivery.objects.count() == 3
