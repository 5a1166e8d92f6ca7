"""The moderator compares a reported correction with the directory entry, field by field."""

import datetime
import os
from pathlib import Path

from django.urls import reverse

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from knowledge import initiative_reports
from knowledge.sections import ensure_initiative_index
from tests.knowledge.factories import InitiativeFactory, UserFactory
from uploads.moderation import ensure_moderators

from .test_editorial_workflow import log_in

pytestmark = [pytest.mark.browser]


@pytest.fixture
def correction(live_site):
    from core.site_tree import ensure_site_tree

    ensure_initiative_index(ensure_site_tree(hostname="localhost"))
    ensure_moderators()
    UserFactory(username="moderator", groups=["Moderatoren"])
    entry = InitiativeFactory(
        name="Zorgcoöperatie Hoogeloon",
        slug="zorgcooperatie-hoogeloon",
        place="Hoogeloon",
        statute_registered=datetime.date(2026, 3, 2),
        statute_principles="Wij zorgen voor elkaar in ons dorp.",
    )
    return initiative_reports.store_report(
        entry,
        name=entry.name,
        place="Hoogeloon (Bladel)",
        statute_principles="Wij zorgen voor elkaar in ons dorp.\n\nIedereen kan meedoen.",
        statute_url="https://example.org/statuut.pdf",
        contact_name="Sjoukje de Vries",
        contact_email="sjoukje@example.org",
    )


def serious_violations_of_the_comparison(page: Page) -> list[str]:
    """Axe on the screen's own content; Wagtail's menu and header are Wagtail's to fix."""
    results = Axe().run(page, context={"include": [["main"]]})
    return [
        f"{violation['id']}: {violation['help']} {[node['target'] for node in violation['nodes']]}"
        for violation in results.response["violations"]
        if violation["impact"] in {"serious", "critical"}
    ]


@pytest.mark.parametrize("width", [1280, 390])
def test_the_moderator_sees_what_changed_axe_clean(
    page: Page, live_site, correction, width, tmp_path
):
    page.set_viewport_size({"width": width, "height": 900})
    log_in(page, live_site, "moderator")
    page.goto(f"{live_site}{reverse('initiative_reports:detail', args=[correction.pk])}")

    changed = page.get_by_role("row").filter(has_text="gewijzigd").filter(has_text="Plaats")
    expect(changed).to_contain_text("Hoogeloon (Bladel)")
    assert serious_violations_of_the_comparison(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    screenshots = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)
    screenshots.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=screenshots / f"report-comparison-{width}.png", full_page=True)
