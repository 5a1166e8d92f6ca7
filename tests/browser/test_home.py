import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser]


def serious_violations(page: Page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{violation['id']}: {violation['help']}"
        for violation in results.response["violations"]
        if violation["impact"] in {"serious", "critical"}
    ]


def test_dutch_home_renders_in_dutch(page: Page, live_site):
    page.goto(f"{live_site}/")

    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.get_by_role("heading", level=1)).to_have_text("Samen zorgen in uw buurt of dorp")


def test_english_home_renders_in_english(page: Page, live_site):
    page.goto(f"{live_site}/en/")

    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Caring for each other in your neighbourhood or village"
    )


def test_language_switcher_goes_to_english_and_back(page: Page, live_site):
    page.goto(f"{live_site}/")

    page.get_by_role("navigation", name="Taal kiezen").get_by_role("link", name="English").click()
    expect(page).to_have_url(f"{live_site}/en/")
    page.get_by_role("navigation", name="Choose language").get_by_role(
        "link", name="Nederlands"
    ).click()
    expect(page).to_have_url(f"{live_site}/")


def test_skip_link_is_the_first_focusable_element_and_moves_focus(page: Page, live_site):
    page.goto(f"{live_site}/")

    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Direct naar de inhoud")
    expect(skip_link).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#main-content")).to_be_focused()


@pytest.mark.parametrize("path", ["/", "/en/"])
def test_home_has_no_serious_accessibility_violations(page: Page, live_site, path):
    page.goto(f"{live_site}{path}")

    assert serious_violations(page) == []
