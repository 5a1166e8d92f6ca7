"""Redis stops while the site runs: pages and forms keep answering, the outage is logged once.

The site runs as in production (a server process with CACHE_URL and CELERY_BROKER_URL on a
Redis), against a redis-server this test starts on a free port and then stops.
"""

import logging
import os
import shutil
import subprocess
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar

from django.conf import settings
from django.utils import timezone

import pytest

from core.cache import ResilientRedisCache
from helpdesk.models import Bundle
from tests.academy.factories import AcademyIndexPageFactory, CoursePageFactory, SessionFactory
from tests.conftest import require_service
from tests.helpdesk.factories import BundleFactory
from tests.knowledge.factories import (
    GlossaryPageFactory,
    GlossaryTermFactory,
    KnowledgeIndexPageFactory,
    WhitepaperPageFactory,
)
from tests.processes import free_port, serve_site, wait_for_port
from tests.uploads.factories import UploadIndexPageFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def redis_server(tmp_path):
    binary = shutil.which("redis-server")
    if binary is None:
        require_service("redis-server", "the program is not installed")
    port = free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--save", "", "--appendonly", "no", "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL,
    )
    wait_for_port(port, process, 20)
    yield port, process
    if process.poll() is None:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def content(site_tree):
    home = site_tree.homes["nl"]
    index = KnowledgeIndexPageFactory(parent=home)
    GlossaryPageFactory(parent=index)
    GlossaryTermFactory(term="Wmo", slug="wmo", locale=home.locale)
    whitepaper = WhitepaperPageFactory(
        parent=index,
        chapters=[
            (
                "chapter",
                {
                    "title": "Geld",
                    "anchor": "",
                    "body": [("paragraph", "<p>Zo werkt de Wmo in een dorp.</p>")],
                },
            )
        ],
    )
    UploadIndexPageFactory(parent=home)
    course = CoursePageFactory(parent=AcademyIndexPageFactory(parent=home))
    session = SessionFactory(course=course)
    bundle = BundleFactory(status=Bundle.SENT, sent_at=timezone.now())
    return {
        "whitepaper": whitepaper.url,
        "sign_up": f"{course.url}aanmelden/{session.pk}/",
        "bundle": f"/pakket/{bundle.token}/",
    }


@pytest.fixture
def site_on_redis(redis_server, content, tmp_path):
    port, _redis = redis_server
    database = settings.DATABASES["default"]
    redis_url = f"redis://127.0.0.1:{port}/0"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DEBUG": "false",
        "DATABASE_URL": (
            f"postgres://{database['USER']}:{database['PASSWORD']}@{database['HOST']}:"
            f"{database['PORT'] or 5432}/{database['NAME']}"
        ),
        "CACHE_URL": redis_url,
        "CELERY_BROKER_URL": redis_url,
        "UPLOADS_PRIVATE_ROOT": str(tmp_path / "private"),
        "MEDIA_ROOT": str(tmp_path / "media"),
    }
    env.pop("EMAIL_HOST", None)
    log_path = tmp_path / "server.log"
    with serve_site(env, log_path) as base:
        yield base, redis_server, log_path


class Visitor:
    def __init__(self, base: str):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(CookieJar()), NoRedirect()
        )

    def get(self, path: str) -> tuple[int, str]:
        return self._open(urllib.request.Request(self.base + path))  # noqa: S310 - loopback

    def post(self, path: str, data: dict) -> int:
        _status, html = self.get(path)
        token = html.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
        body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": token}, doseq=True)
        request = urllib.request.Request(  # noqa: S310 - loopback
            self.base + path, data=body.encode(), headers={"Referer": self.base + path}
        )
        return self._open(request)[0]

    def _open(self, request) -> tuple[int, str]:
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_pages_and_rate_limited_forms_answer_while_redis_is_down(site_on_redis, content):
    base, (_port, redis_process), log_path = site_on_redis
    visitor = Visitor(base)
    assert visitor.get(content["whitepaper"])[0] == 200  # the cache is filled while Redis is up

    redis_process.terminate()
    redis_process.wait(timeout=10)

    whitepaper_status, whitepaper = visitor.get(content["whitepaper"])
    statuses = {
        "whitepaper": whitepaper_status,
        "search": visitor.get("/zoeken/?q=wmo")[0],
        "bundle link": visitor.get(content["bundle"])[0],
        "wrong bundle link": visitor.get("/pakket/onbekend/")[0],
        "feedback": visitor.post(
            content["whitepaper"], {"comment": "Helder stuk, dank.", "email": "jan@example.org"}
        ),
        "sign-up": visitor.post(
            content["sign_up"],
            {
                "name": "Mies Bakker",
                "email": "mies@example.org",
                "initiative_name": "Zorgcoöperatie Hoogeloon",
                "role": "bestuur",
                "consent": "on",
            },
        ),
        "upload form": visitor.post("/trots-op-mijn-initiatief/insturen/", {"title": "x"}),
    }

    assert {name: status for name, status in statuses.items() if status >= 500} == {}
    assert "#wmo" in whitepaper  # the glossary link, computed without the cache
    assert statuses["sign-up"] == 302 and statuses["feedback"] == 302
    log = log_path.read_text()
    assert log.count("Redis cache unreachable") == 1, log[-3000:]


def test_the_cache_backend_stands_in_and_logs_once_per_outage(redis_server):
    port, redis_process = redis_server
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append
    logging.getLogger("core.cache").addHandler(handler)
    cache = ResilientRedisCache(f"redis://127.0.0.1:{port}/0", {})
    cache.set("key", "from redis")
    redis_process.terminate()
    redis_process.wait(timeout=10)

    answers = [cache.get("key", "computed") for _ in range(5)]
    cache.set("other", "kept in memory")

    assert answers == ["computed"] * 5
    assert cache.get("other") == "kept in memory"
    assert cache.add("rate:x", 1) and cache.incr("rate:x") == 2
    logging.getLogger("core.cache").removeHandler(handler)
    assert sum("unreachable" in record.getMessage() for record in records) == 1
