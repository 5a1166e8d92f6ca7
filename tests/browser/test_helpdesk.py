"""An adviser collects search results into a bundle, sends it, and later revokes the link."""

import re

from django.core import mail

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from helpdesk.bundles import ensure_helpdesk_group
from helpdesk.models import Bundle
from knowledge.demo import load_demo_content
from tests.knowledge.factories import UserFactory

from .conftest import confirm_second_factor
from .test_home import serious_violations

pytestmark = [pytest.mark.browser]

PASSWORD = "geheim-wachtwoord-123"


@pytest.fixture
def demo_site(live_site):
    load_demo_content()
    ensure_helpdesk_group()
    UserFactory(username="adviseur", first_name="Anna", groups=["Helpdesk"])
    return live_site


def serious_violations_of_our_markup(page: Page) -> list[str]:
    """Axe on our markup, without Wagtail's userbar (shown to logged-in staff only)."""
    results = Axe().run(page, context={"exclude": [["wagtail-userbar"], [".w-userbar"]]})
    return [
        f"{violation['id']}: {violation['help']} {[node['target'] for node in violation['nodes']]}"
        for violation in results.response["violations"]
        if violation["impact"] in {"serious", "critical"}
    ]


def named(text: str, title: str) -> re.Pattern:
    """A control's name: its visible text, then (for screen readers) which item it is about."""
    return re.compile(rf"^{re.escape(text)}\s*:\s*{re.escape(title)}$")


def log_in(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", "adviseur")
    page.fill("#id_password", PASSWORD)
    page.locator("form.login-form button[type=submit]").click()
    confirm_second_factor(page, "adviseur")
    expect(page).to_have_url(f"{base_url}/admin/")


def test_adviser_sends_a_bundle_and_revokes_it(page: Page, browser, demo_site):
    log_in(page, demo_site)
    page.goto(f"{demo_site}/zoeken/")
    page.get_by_label("Waar zoekt u naar?").fill("financiering ontmoetingsplek")
    page.get_by_label("Waar zoekt u naar?").press("Enter")
    page.get_by_role("checkbox", name=re.compile("^Financiering")).first.check()
    expect(page).to_have_url(re.compile("thema=financiering"))
    expect(page.locator("#search-form")).not_to_have_attribute("aria-busy", "true")

    results = page.locator("ol.results > li")
    titles = [results.nth(i).locator("h3").inner_text() for i in range(3)]
    for title in titles:
        page.get_by_role("button", name=named("Voeg toe aan pakket", title)).click()
        expect(page.locator("#helpdesk-live")).to_have_text(f"Toegevoegd aan het pakket: {title}")
    expect(page).to_have_url(re.compile("thema=financiering"))

    panel = page.locator(".helpdesk-panel")
    for number, title in enumerate(titles, start=1):
        panel.get_by_label(named("Toelichting voor het initiatief", title)).fill(
            f"Opmerking {number}"
        )
        panel.get_by_role("button", name=named("Toelichting opslaan", title)).click()
        expect(page.locator("#helpdesk-panel")).not_to_have_attribute("aria-busy", "true")
        expect(page.locator("#helpdesk-live")).to_have_text("Toelichting opgeslagen.")
        expect(panel.get_by_label(named("Toelichting voor het initiatief", title))).to_have_value(
            f"Opmerking {number}"
        )
    panel.get_by_role("button", name=named("Omlaag", titles[0])).click()
    expect(page.locator(".helpdesk-panel__title")).to_have_text([titles[1], titles[0], titles[2]])

    page.get_by_role("link", name="Open het pakket om de inleiding te schrijven").click()
    page.get_by_label("Titel", exact=True).fill("Financiering van een ontmoetingsplek")
    page.get_by_label("Gestelde vraag", exact=True).fill(
        "Hoe financieren anderen hun ontmoetingsplek?"
    )
    page.get_by_label("Ontvanger (vrije tekst)", exact=True).fill("Dorpsraad Wellerlooi")
    page.get_by_label("E-mailadres ontvanger", exact=True).fill("dorpsraad@example.org")
    page.get_by_label("Inleiding", exact=True).fill(
        "Zoals afgesproken aan de telefoon: drie voorbeelden."
    )
    page.get_by_role("button", name="Opslaan", exact=True).click()
    expect(page.locator(".messages")).to_contain_text("Het pakket is opgeslagen")
    assert serious_violations_of_our_markup(page) == []

    page.get_by_role("button", name="Verzenden naar dorpsraad@example.org").click()
    expect(page.locator(".messages")).to_contain_text("Het pakket wordt verzonden")
    bundle = Bundle.objects.get(title="Financiering van een ontmoetingsplek")
    assert bundle.status == Bundle.SENT
    assert bundle.search_params.startswith("q=financiering+ontmoetingsplek")
    assert "thema=financiering" in bundle.search_params

    (message,) = mail.outbox
    assert message.to == ["dorpsraad@example.org"]
    assert "Zoals afgesproken aan de telefoon" in message.body
    for number, title in enumerate(titles, start=1):
        assert title in message.body
        assert f"Opmerking {number}" in message.body
    assert message.body.index(titles[1]) < message.body.index(titles[0])
    link = re.search(r"http\S+/pakket/\S+/", message.body).group(0)
    link = re.sub(r"^https?://[^/]+", demo_site, link)

    visitor = browser.new_context(locale="nl-NL").new_page()
    response = visitor.goto(link)
    assert response.status == 200
    assert response.headers["x-robots-tag"].startswith("noindex")
    expect(visitor.get_by_role("heading", level=1)).to_have_text(
        "Financiering van een ontmoetingsplek"
    )
    for title in titles:
        expect(visitor.locator("main")).to_contain_text(title)
    expect(visitor.locator("main")).not_to_contain_text("dorpsraad@example.org")
    assert serious_violations(visitor) == []

    page.get_by_role("button", name="Link intrekken").click()
    expect(page.locator(".messages")).to_contain_text("De link is ingetrokken")

    response = visitor.goto(link)
    assert response.status == 410
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Dit pakket is niet beschikbaar")
    expect(visitor.locator("main")).not_to_contain_text(titles[0])


def test_residents_see_no_adviser_controls(page: Page, demo_site):
    page.goto(f"{demo_site}/zoeken/?q=zorgcooperatie")
    expect(page.locator("ol.results > li").first).to_be_visible()
    expect(page.get_by_role("button", name=re.compile("Voeg toe aan pakket"))).to_have_count(0)
    expect(page.locator(".helpdesk-panel")).to_have_count(0)
