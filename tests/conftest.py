"""Shared fixtures: the site tree, the real Celery worker, CI's no-skip rule, service markers."""

import logging
import os
import subprocess
import sys
from contextlib import contextmanager

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.utils import translation

import pytest
import redis
from celery.result import allow_join_result
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from config.celery import app as celery_app
from core.site_tree import ensure_site_tree
from tests.processes import PROJECT_DIR, free_port
from tests.waiting import wait_until

IN_CI = os.environ.get("CI", "").lower() == "true"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI a skipped test is a failed test: a missing service must never pass quietly."""
    outcome = yield
    report = outcome.get_result()
    if IN_CI and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"Skipped in CI (CI=true), which counts as a failure: {report.longrepr}"


# The marker of each real service a test needs, read from the fixtures that bring it up, so a
# new test is marked for free and `-m "not search_server and not browser"` starts neither a
# search server nor Chromium. Tests that start a service without these fixtures mark themselves.
SERVICE_FIXTURES = {
    "celery": {"celery_worker_process"},
    # Playwright's, under its page and context fixtures.
    "browser": {"browser"},
    # The cluster is a search server too: "not search_server" leaves it out as well.
    "search_server": {"search_node", "spare_node", "cluster"},
    "cluster": {"cluster"},
}


def pytest_collection_modifyitems(config, items):
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        for marker, names in SERVICE_FIXTURES.items():
            if fixtures & names:
                item.add_marker(marker)


def require_service(name: str, reason: str) -> None:
    message = f"{name} is not reachable: {reason}. Start it with scripts/services.sh."
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in Dutch: a request or a test that switched language must not leak."""
    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture
def site_tree(db):
    return ensure_site_tree()


@pytest.fixture
def home_page(site_tree):
    return site_tree.homes["nl"]


@pytest.fixture(scope="session")
def redis_client():
    client = redis.Redis.from_url(settings.CELERY_BROKER_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError as error:
        require_service("Redis", str(error))
    client.flushdb()
    return client


@pytest.fixture(scope="session")
def celery_worker_process(django_db_setup, redis_client):
    """One real Celery worker process for the whole run, on the test database."""
    database = settings.DATABASES["default"]
    database_url = (
        f"postgres://{database['USER']}:{database['PASSWORD']}@{database['HOST']}:"
        f"{database['PORT'] or 5432}/{database['NAME']}"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "TEST_DATABASE_URL": database_url,
        "TEST_REDIS_URL": settings.CELERY_BROKER_URL,
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "config", "worker", "--pool=solo", "-l", "warning"],
        cwd=PROJECT_DIR,
        env=env,
    )
    try:
        with _tasks_through_broker():
            _wait_for_worker(process)
        yield process
    finally:
        process.terminate()
        process.wait(timeout=20)


@contextmanager
def _tasks_through_broker():
    """Tasks go to the worker, and this process may wait for their results.

    Celery's eager ``apply()`` sets a process-wide "inside a task" flag and restores the value
    it saw; eager tasks on several threads at once (the registration race test) can leave it
    set, after which every ``result.get()`` here would refuse to wait.
    """
    celery_app.conf.task_always_eager = False
    try:
        with allow_join_result():
            yield
    finally:
        celery_app.conf.task_always_eager = settings.CELERY_TASK_ALWAYS_EAGER


@pytest.fixture
def celery_worker(celery_worker_process):
    """For this test, tasks go through Redis to the worker instead of running in-process."""
    with _tasks_through_broker():
        yield celery_worker_process


def _wait_for_worker(process: subprocess.Popen) -> None:
    from core.tasks import ping

    errors: list[Exception] = []

    def answers() -> bool:
        if process.poll() is not None:
            pytest.fail(f"The Celery worker exited with code {process.returncode}")
        try:
            return ping.delay("ready").get(timeout=2) == "pong:ready"
        except Exception as error:  # the worker is still starting
            errors.append(error)
            return False

    # Generous: on a loaded two-core machine importing Django and Wagtail alone takes a while.
    # The ping itself waits up to two seconds, so no pause between tries.
    if not wait_until(answers, 120, every=0):
        last_error = errors[-1] if errors else None
        pytest.fail(f"The Celery worker did not answer within 120 seconds (last: {last_error!r})")


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate limits and cached lookups never leak from one test into the next."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


class SmtpHandler:
    """A real SMTP server's answers: takes every mail, or refuses the next ones with a code."""

    def __init__(self):
        self.messages: list[bytes] = []
        self._refusals: list[str] = []

    def refuse(self, answer: str, *, times: int = 1) -> None:
        """The next ``times`` mails are refused at RCPT with ``answer`` ("451 ...", "550 ...")."""
        self._refusals += [answer] * times

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self._refusals:
            return self._refusals.pop(0)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope.content)
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp_server(settings):
    """An SMTP server on loopback (aiosmtpd) that the site sends its mail to, for this test."""
    from aiosmtpd.controller import Controller

    logging.getLogger("mail.log").setLevel(logging.WARNING)
    handler = SmtpHandler()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_TIMEOUT = 5
    try:
        yield handler
    finally:
        controller.stop()


@pytest.fixture
def admin_user(admin_user):
    """pytest-django's superuser, with a confirmed authenticator app like every superuser."""
    admin_user.otp_device = TOTPDevice.objects.create(user=admin_user, name="test", confirmed=True)
    return admin_user


@pytest.fixture(autouse=True)
def verified_force_login():
    """``client.force_login(user)`` keeps the user's ``otp_device`` in the session.

    django-otp does so on every real login, but reads ``request.user``, which the test
    client's login request does not have; users made without a second factor (no
    ``otp_device``) stay unverified.
    """

    def keep_device(sender, request, user, **kwargs):
        device = getattr(user, "otp_device", None)
        if device is not None:
            request.session[DEVICE_ID_SESSION_KEY] = device.persistent_id

    user_logged_in.connect(keep_device)
    yield
    user_logged_in.disconnect(keep_device)
