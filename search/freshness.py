"""Freshness (issue 19 item 5): from "publish" to "found by search" through a real Celery worker.

``search_bench --freshness N`` publishes N new case pages one by one in the benchmark's own
database and, after each publish, asks the search service for the page's own word until it
answers; the time from just before ``publish()`` to that answer is one measurement. The
publish sends ``search.index_page`` through the broker to a worker process started here (on
the same database, with the same search settings); on the search server the worker's write of
the table sends ``search.sync_documents`` on to itself, so both hops and the server's refresh
are in the figure.

The worker and this process use a queue of their own, so a worker of another session (or of
the test suite) on the same broker never takes these tasks.
"""

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.db import connections

from celery.exceptions import TimeoutError as ResultTimeout
from celery.result import allow_join_result
from kombu.exceptions import OperationalError

from config.celery import app as celery_app

WORKER_START_SECONDS = 180
FOUND_WITHIN_SECONDS = 60
POLL_SECONDS = 0.01
# Between pings to a worker that is still starting: each unanswered ping stays queued.
START_POLL_SECONDS = 0.5

WORKER_CODE = """
import sys
import django
django.setup()
from config.celery import app
queue = sys.argv[1]
app.conf.task_default_queue = queue
app.conf.task_routes = {"*": {"queue": queue}}
app.worker_main(["worker", "--pool=solo", "-l", "warning", "-Q", queue, "-n", queue + "@%h"])
"""


def database_url() -> str:
    database = connections["default"].settings_dict
    return (
        f"postgres://{database['USER']}:{database['PASSWORD']}@{database['HOST'] or '127.0.0.1'}:"
        f"{database['PORT'] or 5432}/{database['NAME']}"
    )


def word_for(number: int) -> str:
    """A word no other document holds, letters only (the analysers keep it whole)."""
    letters = ""
    number += 26 * 26
    while number:
        number, rest = divmod(number, 26)
        letters = "abcdefghijklmnopqrstuvwxyz"[rest] + letters
    return f"versq{letters}"


@contextmanager
def routed_to(queue: str) -> Iterator[None]:
    """Tasks sent from this process go to ``queue``, through the broker (not in-process)."""
    conf = celery_app.conf
    saved = (conf.task_routes, conf.task_always_eager)
    conf.task_routes = {"*": {"queue": queue}}
    conf.task_always_eager = False
    reload_routes()
    try:
        yield
    finally:
        conf.task_routes, conf.task_always_eager = saved
        reload_routes()


def reload_routes() -> None:
    """Celery reads ``task_routes`` once per process: its route table and router are cached."""
    celery_app.amqp.flush_routes()
    celery_app.amqp.__dict__.pop("router", None)


@contextmanager
def worker(queue: str, search_env: dict[str, str | None]) -> Iterator[subprocess.Popen]:
    """A Celery worker process on this database and broker, consuming ``queue`` only."""
    from core.tasks import ping

    url = database_url()
    env = {
        **os.environ,
        **search_env,
        "DJANGO_SETTINGS_MODULE": os.environ.get("DJANGO_SETTINGS_MODULE", "config.settings.dev"),
        "DATABASE_URL": url,
        "TEST_DATABASE_URL": url,
        "CELERY_BROKER_URL": settings.CELERY_BROKER_URL,
        "TEST_REDIS_URL": settings.CELERY_BROKER_URL,
    }
    env = {name: value for name, value in env.items() if value is not None}
    process = subprocess.Popen(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", WORKER_CODE, queue], cwd=str(settings.BASE_DIR), env=env
    )
    try:
        # This process is not a task, whatever Celery's process-wide "inside a task" flag says
        # (an eager task on another thread of a test run can leave it set).
        with routed_to(queue), allow_join_result():
            deadline = time.monotonic() + WORKER_START_SECONDS
            while True:
                if process.poll() is not None:
                    raise RuntimeError(f"the worker exited with code {process.returncode}")
                try:
                    if ping.delay("ready").get(timeout=2) == "pong:ready":
                        break
                except (ResultTimeout, OperationalError):  # still starting
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(START_POLL_SECONDS)
            yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def knowledge_index():
    from core.site_tree import ensure_site_tree
    from knowledge.models import KnowledgeIndexPage

    home = ensure_site_tree().homes["nl"]
    existing = KnowledgeIndexPage.objects.child_of(home).first()
    if existing:
        return existing
    index = KnowledgeIndexPage(title="Kennisbank", slug="kennisbank")
    home.add_child(instance=index)
    return index


def publish_and_find(parent, number: int) -> float:
    """Publish one new case and wait until the search service finds it: seconds taken."""
    from knowledge.models import CasePage
    from search.query import SearchQuery
    from search.service import search

    word = word_for(number)
    page = CasePage(
        title=f"Buurtproef {word}",
        slug=f"versheid-{word}",
        summary="Bewoners regelen samen zorg en ondersteuning in hun dorp.",
        live=False,
    )
    parent.add_child(instance=page)
    revision = page.save_revision()
    started = time.perf_counter()
    revision.publish()
    deadline = started + FOUND_WITHIN_SECONDS
    while search(SearchQuery(text=word, page_size=1)).total < 1:
        if time.perf_counter() > deadline:
            raise TimeoutError(f"{word} was not found within {FOUND_WITHIN_SECONDS} s")
        time.sleep(POLL_SECONDS)
    return time.perf_counter() - started


def measure(publications: int, first: int = 0) -> list[float]:
    parent = knowledge_index()
    return [publish_and_find(parent, first + number) for number in range(publications)]
