"""A resident filters the directory on the Register Bijzonder Statuut and reads the principles."""

import datetime
import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from knowledge.models import Province
from knowledge.sections import ensure_initiative_index
from tests.knowledge.factories import InitiativeFactory

from .test_home import serious_violations

pytestmark = [pytest.mark.browser]

PRINCIPLES = (
    "Wij zijn er voor alle inwoners van ons dorp, jong en oud.\n\n"
    "Bewoners beslissen zelf over wat de coöperatie doet en wat zij kost."
)


@pytest.fixture
def statute_site(live_site):
    from core.site_tree import ensure_site_tree

    ensure_initiative_index(ensure_site_tree(hostname="localhost"))
    brabant = Province.objects.get(locale__language_code="nl", slug="noord-brabant")
    InitiativeFactory(
        slug="zorgcooperatie-hoogeloon",
        name="Zorgcoöperatie Hoogeloon",
        place="Hoogeloon",
        province=brabant,
        statute_registered=datetime.date(2026, 3, 2),
        statute_principles=PRINCIPLES,
        statute_url="https://example.org/statuut.pdf",
    )
    InitiativeFactory(
        slug="tot-uw-dienst", name="Tot uw Dienst", place="Laarbeek", province=brabant
    )
    return live_site


def filter_and_read(page: Page, base: str) -> None:
    page.goto(f"{base}/initiatieven/")
    page.get_by_label("Met Bijzonder Statuut (1)").check()
    page.get_by_role("button", name="Filters toepassen").click()

    # The form sends its empty search box along: ?q=&statuut=ja.
    expect(page).to_have_url(re.compile(r"/initiatieven/\?(q=&)?statuut=ja$"))
    expect(page.get_by_role("status")).to_have_text("1 initiatief")
    page.get_by_role("link", name="Zorgcoöperatie Hoogeloon").click()

    expect(page.get_by_role("heading", name="Register Bijzonder Statuut")).to_be_visible()
    expect(page.get_by_text("jong en oud")).to_be_visible()


def test_resident_filters_on_the_statute_and_reads_the_principles(page: Page, statute_site):
    filter_and_read(page, statute_site)


def test_the_same_without_javascript(browser: Browser, statute_site):
    context = browser.new_context(java_script_enabled=False, locale="nl-NL")
    filter_and_read(context.new_page(), statute_site)
    context.close()


@pytest.mark.parametrize(
    "path", ["/initiatieven/?statuut=ja", "/initiatieven/zorgcooperatie-hoogeloon/"]
)
def test_statute_views_have_no_serious_accessibility_violations(page: Page, statute_site, path):
    page.goto(f"{statute_site}{path}")

    assert serious_violations(page) == []


@pytest.mark.parametrize("width", [390, 1280])
def test_screenshots_of_the_statute_filter_and_section(page: Page, statute_site, width, tmp_path):
    screenshots = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)
    screenshots.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": width, "height": 900})
    for name, path in [
        ("statute-directory", "/initiatieven/?statuut=ja"),
        ("statute-initiative", "/initiatieven/zorgcooperatie-hoogeloon/"),
    ]:
        page.goto(f"{statute_site}{path}")
        shot = screenshots / f"{name}-{width}.png"
        page.screenshot(path=shot, full_page=True)
        assert shot.stat().st_size > 0
        assert page.evaluate("document.documentElement.scrollWidth") <= width
