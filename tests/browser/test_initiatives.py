"""A resident finds initiatives near them on the map, with the keyboard, with and without JS."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from core.models import HomePage
from knowledge.models import InitiativeType, Province
from knowledge.sections import ensure_initiative_index
from tests.knowledge.factories import CasePageFactory, InitiativeFactory, KnowledgeIndexPageFactory

from .test_home import serious_violations

pytestmark = [pytest.mark.browser]


@pytest.fixture
def directory_site(live_site):
    from core.site_tree import ensure_site_tree

    ensure_initiative_index(ensure_site_tree(hostname="localhost"))
    home = HomePage.objects.get(locale__language_code="nl")
    index = KnowledgeIndexPageFactory(parent=home)
    cooperative = InitiativeType.objects.get(locale__language_code="nl", slug="zorgcooperatie")
    for slug, name, place, province in [
        ("zorgcooperatie-hoogeloon", "Zorgcoöperatie Hoogeloon", "Hoogeloon", "noord-brabant"),
        ("tot-uw-dienst", "Coöperatie Tot uw Dienst", "Laarbeek", "noord-brabant"),
        ("austerlitz-zorgt", "Austerlitz Zorgt", "Austerlitz", "utrecht"),
        ("apeldoorn-zuid", "Buurtcoöperatie Apeldoorn-Zuid", "Apeldoorn", "gelderland"),
    ]:
        initiative = InitiativeFactory(
            slug=slug,
            name=name,
            place=place,
            province=Province.objects.get(locale__language_code="nl", slug=province),
            initiative_type=cooperative,
        )
        if slug == "zorgcooperatie-hoogeloon":
            CasePageFactory(
                parent=index,
                slug="hoogeloon",
                title="De oudste zorgcoöperatie van het land",
                initiative=initiative,
            )
    return live_site


def walk_from_map_to_case(page: Page, base: str) -> None:
    page.goto(f"{base}/initiatieven/kaart/")
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    tile = page.get_by_role("link", name="Noord-Brabant: 2 initiatieven").first
    # Tab from the top of the page until the province's tile has the focus.
    page.locator("body").focus()
    for _ in range(60):
        page.keyboard.press("Tab")
        if tile.evaluate("element => element === document.activeElement"):
            break
    expect(tile).to_be_focused()
    page.keyboard.press("Enter")

    expect(page).to_have_url(f"{base}/initiatieven/?provincie=noord-brabant")
    expect(page.get_by_role("status")).to_have_text("2 initiatieven")
    page.get_by_role("link", name="Zorgcoöperatie Hoogeloon").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Zorgcoöperatie Hoogeloon")
    page.get_by_role("link", name="De oudste zorgcoöperatie van het land").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "De oudste zorgcoöperatie van het land"
    )


def test_resident_tabs_from_the_map_to_a_province_and_reaches_a_case(page: Page, directory_site):
    walk_from_map_to_case(page, directory_site)


def test_the_same_walk_works_without_javascript(browser: Browser, directory_site):
    context = browser.new_context(java_script_enabled=False, locale="nl-NL")
    page = context.new_page()
    walk_from_map_to_case(page, directory_site)
    context.close()


def test_focused_tile_shows_a_focus_ring(page: Page, directory_site):
    page.goto(f"{directory_site}/initiatieven/kaart/")
    tile = page.get_by_role("link", name="Utrecht: 1 initiatief").first
    ring = tile.locator(".tile__ring")
    expect(ring).to_be_hidden()

    tile.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")

    expect(ring).to_be_visible()


@pytest.mark.parametrize(
    "path",
    [
        "/initiatieven/",
        "/initiatieven/?provincie=noord-brabant",
        "/initiatieven/kaart/",
        "/initiatieven/zorgcooperatie-hoogeloon/",
        "/en/initiatives/kaart/",
    ],
)
def test_directory_pages_have_no_serious_accessibility_violations(page: Page, directory_site, path):
    page.goto(f"{directory_site}{path}")

    assert serious_violations(page) == []


@pytest.mark.parametrize("width", [390, 1280])
def test_screenshots_of_map_and_directory(page: Page, directory_site, width, tmp_path):
    # SCREENSHOT_DIR keeps them for a person to look at; otherwise they go with the test.
    screenshots = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)
    screenshots.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": width, "height": 900})
    for name, path in [
        ("map", "/initiatieven/kaart/"),
        ("directory", "/initiatieven/?provincie=noord-brabant"),
        ("initiative", "/initiatieven/zorgcooperatie-hoogeloon/"),
    ]:
        page.goto(f"{directory_site}{path}")
        if name == "map":
            page.get_by_role("link", name="Noord-Brabant: 2 initiatieven").first.focus()
        shot = screenshots / f"{name}-{width}.png"
        page.screenshot(path=shot, full_page=True)
        assert shot.stat().st_size > 0
        # Nothing wider than the window: no sideways scrolling on a phone.
        assert page.evaluate("document.documentElement.scrollWidth") <= width
