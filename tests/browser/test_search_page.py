import re

import pytest
from playwright.sync_api import Page, expect

from tests.search.conftest import _build_corpus

from .test_home import serious_violations

pytestmark = [pytest.mark.browser]


@pytest.fixture
def searchable_site(live_site):
    from core.models import HomePage

    _build_corpus(HomePage.objects.get(locale__language_code="nl"))
    return live_site


def test_query_filters_chips_reload_and_keyboard_removal(page: Page, searchable_site):
    page.goto(f"{searchable_site}/zoeken/")
    page.get_by_label("Waar zoekt u naar?").fill("ouderen")
    page.get_by_label("Waar zoekt u naar?").press("Enter")
    expect(page.locator(".result-count")).to_contain_text("voor ‘ouderen’")

    page.get_by_role("checkbox", name=re.compile("^Financiering")).first.check()
    expect(page.locator(".chip", has_text="Financiering")).to_be_visible()
    page.get_by_role("checkbox", name=re.compile("^Wonen")).check()
    expect(page.locator(".chip", has_text="Wonen")).to_be_visible()
    expect(page.locator("#search-form")).not_to_have_attribute("aria-busy", "true")
    page.locator("summary", has_text="Provincie").click()
    page.get_by_role("checkbox", name=re.compile("^Noord-Brabant")).check()
    expect(page.locator(".chips li")).to_have_count(4)  # three filters and "alles wissen"
    expect(page).to_have_url(re.compile(r"thema=.*thema=.*provincie=noord-brabant"))
    count_before_reload = page.locator(".result-count").inner_text()

    page.reload()
    expect(page.locator(".result-count")).to_have_text(count_before_reload)
    expect(page.get_by_role("checkbox", name=re.compile("^Noord-Brabant"))).to_be_checked()

    chip = page.locator("a.chip", has_text="Noord-Brabant")
    chip.focus()
    page.keyboard.press("Enter")
    expect(page.locator("a.chip", has_text="Noord-Brabant")).to_have_count(0)
    expect(page).not_to_have_url(re.compile("provincie="))


def test_search_works_without_javascript(browser, searchable_site):
    context = browser.new_context(java_script_enabled=False, locale="nl-NL")
    page = context.new_page()
    page.goto(f"{searchable_site}/zoeken/?q=ouderen")

    page.get_by_role("checkbox", name=re.compile("^Wonen")).check()
    page.get_by_role("button", name="Filters toepassen").click()

    expect(page).to_have_url(re.compile("thema=wonen"))
    expect(page.locator("a.chip", has_text="Wonen")).to_be_visible()
    context.close()


def test_search_page_has_no_serious_accessibility_violations(page: Page, searchable_site):
    page.goto(f"{searchable_site}/zoeken/?q=zorg&thema=wonen")

    assert serious_violations(page) == []
