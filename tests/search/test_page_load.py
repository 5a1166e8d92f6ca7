"""The page-load command (scripts/load) runs end to end on a tiny size.

It fills a database of its own, starts the production stack on it once per engine (gunicorn
behind nginx with deploy/nginx.conf, a Celery worker and beat), sends visitors through nginx,
reports, and stops what it started. Not timed: the figures are in docs/benchmarks.md.
"""

import os
import socket
import subprocess

from django.conf import settings

import psycopg
import pytest

from tests.conftest import require_service
from tests.processes import PROJECT_DIR, free_port

from .conftest import SEARCH_NODE_URL, engine_for

# Not the test run's broker database: the stack's worker must not take the run's tasks.
STACK_REDIS_DATABASE = 14


def is_free(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def stack_port() -> int:
    """nginx's HTTPS port; the stack also takes the next two (nginx's HTTP, gunicorn)."""
    for _ in range(50):
        port = free_port()
        if port + 2 < 65536 and is_free(port + 1) and is_free(port + 2):
            return port
    pytest.fail("no three free ports in a row on loopback")


@pytest.fixture
def stack_database():
    """An empty database for the stack's own connection; the command makes ``<name>_pages``."""
    connection = settings.DATABASES["default"]
    if connection["ENGINE"] != "django.db.backends.postgresql":
        require_service("PostgreSQL", "the load command runs on PostgreSQL only")
    base = (
        f"postgresql://{connection['USER']}:{connection['PASSWORD']}@{connection['HOST']}:"
        f"{connection['PORT'] or 5432}"
    )
    name = f"nlzve_page_load_{os.getpid()}"
    yield f"{base}/{name}"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_the_load_command_serves_every_page_type_through_nginx_on_both_engines(
    tmp_path, search_node, stack_database
):
    broker = settings.CELERY_BROKER_URL.rsplit("/", 1)[0]
    environment = {
        **os.environ,
        "STACK_PORT": str(stack_port()),
        "STACK_DATABASE_URL": stack_database,
        "STACK_REDIS_URL": f"{broker}/{STACK_REDIS_DATABASE}",
        "STACK_SEARCH_URL": SEARCH_NODE_URL,
        "STACK_RUN": str(tmp_path / "stack"),
        "STACK_WORKERS": "2",
        "LOG_LEVEL": "WARNING",
    }
    engine = engine_for(search_node)
    done = subprocess.run(
        [
            PROJECT_DIR / "scripts" / "stack.sh",
            "manage",
            "page_load",
            "--docs=50",
            "--seconds=3",
            "--visitors=1,2",
            f"--engines=database,{engine}",
        ],
        cwd=PROJECT_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
    )

    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    report = done.stdout.split("50 documents; milliseconds")[1]
    for line_start in (f"{'database':<12} {'1':>8}", f"{engine:<12} {'2':>8}"):
        assert line_start in report, report
    for page_type in ("search", "facet", "page 2", "case", "catalogue"):
        assert f" {page_type} " in report, report
    assert report.strip().endswith("errors: 0"), report
    assert not list((tmp_path / "stack").glob("*.pid")), "the stack left processes running"
