"""Twenty people sign up for one session at the same moment, through real HTTP.

On SQLite (the embedded default, as the demo runs it: ``runserver`` with a thread per
request on a database file) and on PostgreSQL (the live test server): no 500, no more seats
than the capacity, and every answered sign-up stored once.
"""

import os
import sqlite3
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

import pytest

from academy.models import Registration
from tests.academy.factories import AcademyIndexPageFactory, CoursePageFactory, SessionFactory
from tests.conftest import PROJECT_DIR
from tests.processes import serve_site

PEOPLE = 20
CAPACITY = 5
FORM = {
    "initiative_name": "Zorgcoöperatie Hoogeloon",
    "role": "bestuur",
    "accessibility_needs": "",
    "consent": "on",
}


class Visitor:
    """A browser of its own: cookies, the form's CSRF token, then one POST."""

    def __init__(self, url: str):
        self.url = url
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(CookieJar()), NoRedirect()
        )

    def open_form(self) -> None:
        html = self.opener.open(self.url, timeout=60).read().decode()
        self.token = html.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]

    def sign_up(self, number: int) -> int:
        data = {
            **FORM,
            "name": f"Bewoner {number}",
            "email": f"bewoner{number}@example.org",
            "csrfmiddlewaretoken": self.token,
        }
        request = urllib.request.Request(  # noqa: S310 - loopback
            self.url, data=urllib.parse.urlencode(data).encode(), headers={"Referer": self.url}
        )
        try:
            return self.opener.open(request, timeout=90).status
        except urllib.error.HTTPError as error:
            return error.code


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def sign_up_together(url: str) -> list[int]:
    visitors = [Visitor(url) for _ in range(PEOPLE)]
    for visitor in visitors:
        visitor.open_form()
    barrier = threading.Barrier(PEOPLE)
    statuses: list[int] = []

    def one(number: int) -> None:
        barrier.wait(timeout=30)
        statuses.append(visitors[number].sign_up(number))

    threads = [threading.Thread(target=one, args=(number,)) for number in range(PEOPLE)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=180)
    return statuses


# --- SQLite: the demo's own server on a database file ----------------------------------------

SETUP = """
from core.site_tree import ensure_site_tree
from tests.academy.factories import AcademyIndexPageFactory, CoursePageFactory, SessionFactory
home = ensure_site_tree().homes["nl"]
course = CoursePageFactory(parent=AcademyIndexPageFactory(parent=home))
session = SessionFactory(course=course, capacity={capacity})
print(f"{{course.url}}aanmelden/{{session.pk}}/")
"""


def manage(env: dict, *args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT_DIR,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=600,
        **kwargs,
    )


@pytest.fixture
def sqlite_site(tmp_path: Path):
    database = tmp_path / "demo.sqlite3"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": f"sqlite:///{database}",
        "DEBUG": "false",
        "MEDIA_ROOT": str(tmp_path / "media"),
        # One address signs up twenty times here; the limit per address is not under test.
        "ACADEMY_REGISTRATION_RATE_LIMIT": "1000",
    }
    for name in ("CACHE_URL", "CELERY_BROKER_URL", "SEARCH_ENGINE", "EMAIL_HOST"):
        env.pop(name, None)
    manage(env, "migrate", "--no-input", "-v0")
    path = manage(env, "shell", "-c", SETUP.format(capacity=CAPACITY)).stdout.split()[-1]
    with serve_site(env, tmp_path / "server.log") as base:
        yield f"{base}{path}", database


def test_simultaneous_sign_ups_on_sqlite_are_all_answered_and_never_overbook(sqlite_site):
    url, database = sqlite_site

    statuses = sign_up_together(url)

    with sqlite3.connect(database) as connection:
        stored = dict(
            connection.execute(
                "SELECT status, COUNT(*) FROM academy_registration GROUP BY status"
            ).fetchall()
        )
        orphans = connection.execute(
            "SELECT COUNT(*) FROM academy_registration r LEFT JOIN academy_session s"
            " ON s.id = r.session_id WHERE s.id IS NULL"
        ).fetchone()[0]
    assert sorted(set(statuses)) == [302], statuses
    assert stored == {Registration.REGISTERED: CAPACITY, Registration.WAITING: PEOPLE - CAPACITY}
    assert orphans == 0


def test_sqlite_connections_use_wal_and_take_the_write_lock_up_front(tmp_path):
    from config import env

    options = env.get_database("NO_SUCH_VARIABLE", f"sqlite:///{tmp_path}/x.sqlite3")["OPTIONS"]

    assert options["transaction_mode"] == "IMMEDIATE"
    assert "journal_mode=WAL" in options["init_command"]
    assert "busy_timeout=" in options["init_command"]


# --- PostgreSQL: the live test server ----------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_simultaneous_sign_ups_on_postgresql_are_all_answered_and_never_overbook(
    live_server, site_tree, settings
):
    settings.ACADEMY_REGISTRATION_RATE_LIMIT = 1000
    course = CoursePageFactory(parent=AcademyIndexPageFactory(parent=site_tree.homes["nl"]))
    session = SessionFactory(course=course, capacity=CAPACITY)

    statuses = sign_up_together(f"{live_server.url}{course.url}aanmelden/{session.pk}/")

    assert sorted(set(statuses)) == [302], statuses
    assert session.registrations.filter(status=Registration.REGISTERED).count() == CAPACITY
    assert session.registrations.filter(status=Registration.WAITING).count() == PEOPLE - CAPACITY
    assert Registration.objects.count() == PEOPLE
