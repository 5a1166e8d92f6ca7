"""Every response carries the CSP and Permissions-Policy; robots.txt keeps crawlers out."""

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Collection

import pytest


def directives(response) -> dict[str, str]:
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part for part in (p.strip() for p in policy.split(";")) if part}


@pytest.mark.parametrize("path", ["/", "/zoeken/?q=zorg", "/robots.txt", "/bestaat-niet/"])
def test_public_responses_carry_a_strict_policy(client, home_page, path):
    policy = directives(client.get(path))

    assert policy["script-src"] == "script-src 'self'"
    assert policy["style-src"] == "style-src 'self'"
    assert policy["object-src"] == "object-src 'none'"
    assert policy["frame-ancestors"] == "frame-ancestors 'none'"
    assert policy["base-uri"] == "base-uri 'self'"
    assert policy["form-action"] == "form-action 'self'"


def test_the_admin_alone_allows_inline_code(client, home_page):
    policy = directives(client.get("/admin/login/"))

    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["frame-ancestors"] == "frame-ancestors 'self'"
    assert policy["object-src"] == "object-src 'none'"


def test_a_preview_keeps_the_public_policy_but_may_be_framed_by_the_admin(home_page):
    # Wagtail sends a request of its own through every middleware to render the preview.
    policy = directives(home_page.make_preview_request())

    assert policy["frame-ancestors"] == "frame-ancestors 'self'"
    assert policy["script-src"] == "script-src 'self'"


@pytest.fixture
def document(db, settings, tmp_path):
    """A document on disk: Wagtail's ``serve_view`` sends a file from its storage's path, and
    the test settings' InMemoryStorage names a path where nothing is (the view answers 404)."""
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    # Live-server tests flush the database, the root collection of the migrations with it.
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    document = get_document_model()(title="Jaarverslag", collection=root)
    document.file.save("jaarverslag.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
    document.save()
    return document


def test_document_downloads_keep_their_own_policy(client, home_page, document):
    response = client.get(document.url)

    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["Content-Disposition"].startswith("attachment")


def test_browser_features_are_switched_off(client, home_page):
    policy = client.get("/")["Permissions-Policy"]

    for feature in ["camera", "microphone", "geolocation", "payment", "usb"]:
        assert f"{feature}=()" in policy


def test_other_security_headers(client, home_page):
    response = client.get("/")

    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_robots_txt_keeps_private_and_endless_paths_out(client, home_page):
    response = client.get("/robots.txt")
    lines = response.content.decode().splitlines()

    assert response["Content-Type"] == "text/plain; charset=utf-8"
    for path in [
        "/pakket/",
        "/en/pakket/",
        "/admin/",
        "/zoeken/?",
        "/zoeken/feed/",
        "/en/search/?",
        "/_util/",
    ]:
        assert f"Disallow: {path}" in lines
    assert "Allow: /" not in lines


def test_robots_txt_points_to_the_sitemap_of_the_site_asked_for(client, home_page, settings):
    settings.ALLOWED_HOSTS = ["kennisbank.example.org"]
    site = home_page.get_site()
    site.hostname, site.port = "kennisbank.example.org", 443
    site.save()

    lines = client.get("/robots.txt", HTTP_HOST="kennisbank.example.org").content.decode()

    assert "Sitemap: https://kennisbank.example.org/sitemap.xml" in lines.splitlines()
