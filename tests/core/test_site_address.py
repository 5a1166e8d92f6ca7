"""The default site has the address the site is served on (SITE_URL): absolute links work."""

import io
import json
import re

from django.core.management import call_command

from wagtail.models import Site

import pytest

from core.site_tree import ensure_site_tree
from tests.academy.factories import AcademyIndexPageFactory, CoursePageFactory, SessionFactory

pytestmark = pytest.mark.django_db

DEMO_URL = "http://127.0.0.1:8000"


@pytest.fixture
def demo_address(settings):
    settings.WAGTAILADMIN_BASE_URL = DEMO_URL


@pytest.fixture
def course(demo_address, site_tree):
    course = CoursePageFactory(parent=AcademyIndexPageFactory(parent=site_tree.homes["nl"]))
    SessionFactory(course=course)
    return course


def test_the_default_site_has_the_host_and_port_of_site_url(demo_address):
    site = ensure_site_tree().site

    assert (site.hostname, site.port, site.root_url) == ("127.0.0.1", 8000, DEMO_URL)


def test_an_https_site_url_without_a_port_is_port_443(settings):
    settings.WAGTAILADMIN_BASE_URL = "https://kennisbank.example.org"

    site = ensure_site_tree().site

    assert site.root_url == "https://kennisbank.example.org"


def test_setup_site_moves_an_existing_site_to_site_url(demo_address):
    ensure_site_tree(hostname="localhost", port=80)

    call_command("setup_site", stdout=io.StringIO())

    assert Site.objects.get(is_default_site=True).root_url == DEMO_URL


def test_sitemap_lists_pages_at_the_served_address(client, course):
    sitemap = client.get("/sitemap.xml").content.decode()

    assert f"<loc>{DEMO_URL}/academie/" in sitemap
    assert "http://localhost/" not in sitemap


def test_api_html_url_points_to_the_served_address(client, course):
    items = client.get(f"/api/v2/pages/?id={course.pk}&fields=html_url").json()["items"]

    assert items[0]["meta"]["html_url"].startswith(f"{DEMO_URL}/academie/")


def test_calendar_and_json_ld_link_to_the_served_address(client, course):
    calendar = client.get("/academie/agenda.ics").content.decode().replace("\r\n ", "")
    page = client.get(course.url).content.decode()
    json_ld = re.search(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', page, re.S)

    assert f"{DEMO_URL}/academie/" in calendar
    assert json.loads(json_ld.group(1))["url"].startswith(f"{DEMO_URL}/academie/")
