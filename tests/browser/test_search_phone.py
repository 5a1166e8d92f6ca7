"""Search on a phone: the filters fold behind "Filters (n)", and values keep their places."""

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from knowledge.demo import load_demo_content

from .test_home import serious_violations

pytestmark = [pytest.mark.browser]

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def screenshots(tmp_path) -> Path:
    """Where screenshots go: SCREENSHOT_DIR to keep them for a look, else the test's tmp dir."""
    return Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)


@pytest.fixture
def demo_site(live_site):
    load_demo_content()
    return live_site


def value_ids(page: Page) -> list[str]:
    return page.locator(".facet input[type=checkbox]").evaluate_all("els => els.map(e => e.id)")


def test_phone_results_come_first_and_filters_open_in_a_panel(page: Page, demo_site, screenshots):
    page.set_viewport_size(PHONE)
    page.goto(f"{demo_site}/zoeken/?q=zorg")
    toggle = page.locator("summary.facets__toggle")
    expect(toggle).to_have_text(re.compile(r"^Filters \(0\)"))
    first_hit = page.locator("ol.results > li").first
    page.screenshot(path=screenshots / "search-390.png")
    expect(first_hit).to_be_in_viewport()
    expect(page.locator(".facet").first).to_be_hidden()
    page.screenshot(path=screenshots / "search-390.png", full_page=True)
    assert serious_violations(page) == []

    toggle.click()
    before = value_ids(page)
    page.get_by_role("checkbox", name=re.compile("^Wonen")).check()
    expect(toggle).to_have_text(re.compile(r"^Filters \(1\)"))
    expect(page.locator("#search-form")).not_to_have_attribute("aria-busy", "true")
    page.get_by_role("checkbox", name=re.compile("^Financiering")).check()
    expect(toggle).to_have_text(re.compile(r"^Filters \(2\)"))
    expect(page.locator("#search-form")).not_to_have_attribute("aria-busy", "true")
    assert value_ids(page)[: len(before)] == before
    page.screenshot(path=screenshots / "search-390-filters.png")
    assert serious_violations(page) == []

    total = int(re.search(r"\d+", page.locator(".result-count").inner_text()).group(0))
    show = page.get_by_role("button", name=re.compile(r"^Toon \d+ resultat?e?n?$"))
    expect(show).to_have_text(f"Toon {total} resultaten" if total != 1 else "Toon 1 resultaat")
    show.click()
    expect(page.locator(".facet").first).to_be_hidden()
    expect(page.locator(".result-count")).to_be_focused()
    expect(page).to_have_url(re.compile("thema=wonen"))


def test_escape_closes_the_filter_panel(page: Page, demo_site):
    page.set_viewport_size(PHONE)
    page.goto(f"{demo_site}/zoeken/?q=zorg")
    page.locator("summary.facets__toggle").click()
    page.get_by_role("checkbox", name=re.compile("^Wonen")).focus()
    page.keyboard.press("Escape")
    expect(page.locator(".facet").first).to_be_hidden()
    expect(page.locator("summary.facets__toggle")).to_be_focused()


def test_phone_filters_work_without_javascript(browser, demo_site):
    context = browser.new_context(java_script_enabled=False, locale="nl-NL", viewport=PHONE)
    page = context.new_page()
    page.goto(f"{demo_site}/zoeken/?q=zorg")
    page.locator("summary.facets__toggle").click()
    page.get_by_role("checkbox", name=re.compile("^Wonen")).check()
    page.get_by_role("button", name="Filters toepassen").click()
    expect(page).to_have_url(re.compile("thema=wonen"))
    expect(page.locator("summary.facets__toggle")).to_have_text(re.compile(r"^Filters \(1\)"))
    expect(page.locator(".facet").first).to_be_hidden()
    context.close()


def test_wide_screen_shows_the_filters_without_a_toggle(browser, demo_site):
    context = browser.new_context(java_script_enabled=False, locale="nl-NL")
    page = context.new_page()
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{demo_site}/zoeken/?q=zorg")
    expect(page.locator("summary.facets__toggle")).to_be_hidden()
    expect(page.get_by_role("checkbox", name=re.compile("^Wonen"))).to_be_visible()
    context.close()
