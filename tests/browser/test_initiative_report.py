"""'Meld uw initiatief aan' in the browser: the self-check explains itself, values are kept,
the report is received; with and without JavaScript, axe clean, at phone and desk width."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from knowledge.models import InitiativeReport
from knowledge.sections import ensure_initiative_index

from .test_home import serious_violations

pytestmark = [pytest.mark.browser]

FORM = "/initiatieven/aanmelden/"


@pytest.fixture
def report_site(live_site):
    from core.site_tree import ensure_site_tree

    ensure_initiative_index(ensure_site_tree(hostname="localhost"))
    return live_site


def fill_in(page: Page) -> None:
    page.get_by_label("Naam van het initiatief").fill("Buurtzorgkring De Wiek")
    page.get_by_label("Plaats").fill("Dokkum")
    page.get_by_label("Provincie").select_option(label="Fryslân")
    page.get_by_label("Het initiatief wordt door bewoners zelf gedragen.").check()
    page.get_by_label("Het richt zich op het eigen dorp").check()
    page.get_by_label("Het is blijvend bedoeld").check()
    page.get_by_label("Uw naam").fill("Sjoukje de Vries")
    page.get_by_label("Uw e-mailadres").fill("sjoukje@example.org")


def report_with_a_missing_check(page: Page, base: str) -> None:
    page.goto(f"{base}{FORM}")
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    fill_in(page)
    page.get_by_role("button", name="Melding versturen").click()

    expect(page.get_by_role("alert")).to_contain_text("open voor iedereen")
    expect(page.get_by_label("Naam van het initiatief")).to_have_value("Buurtzorgkring De Wiek")
    page.get_by_label("Iedereen in het gebied kan meedoen").check()
    page.get_by_role("button", name="Melding versturen").click()

    expect(page.get_by_role("status")).to_contain_text("Dank u wel")
    assert InitiativeReport.objects.filter(name="Buurtzorgkring De Wiek").exists()


def test_a_resident_reports_an_initiative(page: Page, report_site):
    report_with_a_missing_check(page, report_site)


def test_the_same_report_works_without_javascript(browser: Browser, report_site):
    context = browser.new_context(java_script_enabled=False, locale="nl-NL")
    report_with_a_missing_check(context.new_page(), report_site)
    context.close()


def test_the_form_and_its_errors_have_no_serious_accessibility_violations(page: Page, report_site):
    page.goto(f"{report_site}{FORM}")
    assert serious_violations(page) == []

    page.get_by_role("button", name="Melding versturen").click()
    expect(page.get_by_role("alert")).to_be_visible()
    assert serious_violations(page) == []


@pytest.mark.parametrize("width", [390, 1280])
def test_screenshots_of_the_form(page: Page, report_site, width, tmp_path):
    screenshots = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)
    screenshots.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{report_site}{FORM}")
    page.screenshot(path=screenshots / f"report-form-{width}.png", full_page=True)
    fill_in(page)
    page.get_by_role("button", name="Melding versturen").click()
    expect(page.get_by_role("alert")).to_be_visible()
    page.screenshot(path=screenshots / f"report-errors-{width}.png", full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
