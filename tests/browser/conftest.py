"""Playwright on the operating system's Chromium, against the test run's live server."""

import importlib
import os
import shutil

from django.apps import apps

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from core.site_tree import ensure_site_tree
from knowledge.vocabulary_data import ENGLISH, load_translations, load_vocabularies

from ..conftest import require_service

# Playwright's sync API runs an event loop in this thread; the live server's data
# setup in the same thread is synchronous Django code and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# wagtail-localize creates its "submit translations" permission in a data migration.
SUBMIT_TRANSLATION_MIGRATION = importlib.import_module(
    "wagtail_localize.migrations.0006_create_submit_translation_permission"
)

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not os.path.exists(CHROMIUM):
        require_service("Chromium", f"no browser at {CHROMIUM}")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "headless": True,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "nl-NL"}


@pytest.fixture
def live_site(live_server, transactional_db):
    """The live server with the site tree in place; returns its base URL."""
    tree = ensure_site_tree(hostname="localhost")
    # The flush between live-server tests also empties what the data migrations loaded.
    load_vocabularies(apps.get_model, tree.homes["nl"].locale)
    load_translations(apps.get_model, tree.homes["nl"].locale, tree.homes["en"].locale, ENGLISH)
    SUBMIT_TRANSLATION_MIGRATION.create_submit_translation_permission(apps, None)
    return live_server.url


def confirm_second_factor(page, username: str) -> None:
    """After the password, staff who see personal data type the code of their app."""
    device = TOTPDevice.objects.get(user__username=username, confirmed=True)
    page.get_by_label("Code uit uw authenticator-app").fill(f"{totp(device.bin_key):06d}")
    page.get_by_role("button", name="Bevestigen").click()
