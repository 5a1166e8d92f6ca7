from io import StringIO

from django.core.management import call_command

import pytest
from playwright.sync_api import Page, expect

from .test_home import serious_violations

pytestmark = [pytest.mark.browser]

PAGES = [
    "/kennisbank/",
    "/kennisbank/austerlitz-zorgt/",
    "/kennisbank/whitepaper-samenspel-formele-zorg/",
    "/kennisbank/begrippen/",
    "/kennisbank/thema/financiering/",
]


@pytest.fixture
def demo_site(live_site):
    call_command("load_demo_content", stdout=StringIO())
    return live_site


def test_knowledge_pages_have_no_serious_accessibility_violations(page: Page, demo_site):
    found = {}
    for path in PAGES:
        page.goto(f"{demo_site}{path}")
        expect(page.locator("html")).to_have_attribute("lang", "nl")
        found[path] = serious_violations(page)

    assert found == {path: [] for path in PAGES}


def test_feedback_form_works_with_the_keyboard_and_without_javascript(browser, demo_site):
    context = browser.new_context(java_script_enabled=False, locale="nl-NL")
    page = context.new_page()
    page.goto(f"{demo_site}/kennisbank/whitepaper-samenspel-formele-zorg/")

    page.get_by_label("Uw e-mailadres").fill("lezer@example.org")
    page.get_by_label("Uw reactie").fill("Graag meer over de Wlz.")
    page.get_by_label("Uw reactie").press("Tab")
    expect(page.get_by_role("button", name="Reactie versturen")).to_be_focused()
    page.keyboard.press("Enter")

    expect(page.get_by_role("status")).to_contain_text("Dank u wel")
    context.close()
