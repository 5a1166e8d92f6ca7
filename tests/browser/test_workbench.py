"""The adviser's workbench: a whole call on one screen, with and without JavaScript."""

import os
import re
from pathlib import Path

from django.core import mail

import pytest
from playwright.sync_api import Page, expect

from helpdesk.models import Bundle

from .test_helpdesk import demo_site, log_in, named, serious_violations_of_our_markup

pytestmark = [pytest.mark.browser]
__all__ = ["demo_site"]

WIDE = {"width": 1280, "height": 800}
QUERY_WITH_A_TYPO = "zorgcoperatie"  # one letter short of "zorgcoöperatie"


@pytest.fixture
def screenshots(tmp_path) -> Path:
    return Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)


class Actions:
    """Counts what the adviser does: each fill, key press, tick or click is one action."""

    def __init__(self):
        self.count = 0

    def __call__(self, result=None):
        self.count += 1
        return result


def settled(page: Page) -> None:
    expect(page.locator("#search-form")).not_to_have_attribute("aria-busy", "true")
    expect(page.locator("#helpdesk-panel")).not_to_have_attribute("aria-busy", "true")


def hit_titles(page: Page, number: int) -> list[str]:
    results = page.locator("ol.results > li")
    expect(results.nth(number - 1)).to_be_visible()
    return [results.nth(i).locator("h3").inner_text() for i in range(number)]


def test_a_whole_call_without_a_page_load(page: Page, demo_site, screenshots):
    page.set_viewport_size(WIDE)
    log_in(page, demo_site)
    page.goto(f"{demo_site}/zoeken/")
    page.evaluate("window.sameDocument = 'still here'")
    panel = page.locator("#helpdesk-panel")
    page.screenshot(path=screenshots / "workbench-1280-start.png")
    expect(panel).to_be_in_viewport()
    act = Actions()

    act(page.get_by_label("Waar zoekt u naar?").fill(QUERY_WITH_A_TYPO))
    act(page.get_by_label("Waar zoekt u naar?").press("Enter"))
    expect(page.locator(".result-count")).to_contain_text(QUERY_WITH_A_TYPO)
    act(page.get_by_role("checkbox", name=re.compile("^Praktijkvoorbeeld")).check())
    settled(page)
    act(page.get_by_role("checkbox", name=re.compile("^Zorg en ondersteuning")).check())
    settled(page)
    expect(page).to_have_url(re.compile("thema=zorg-en-ondersteuning"))
    finder = panel.get_by_role("link", name="Voorbeeldenzoeker met deze zoekopdracht")
    expect(finder).to_have_attribute("href", re.compile("uit_zoeken=1&.*thema=zorg-en-"))

    titles = hit_titles(page, 3)
    for title in titles:
        toggle = page.get_by_role("button", name=named("Voeg toe aan pakket", title))
        act(toggle.click())
        settled(page)
        expect(page.locator("#helpdesk-live")).to_have_text(f"Toegevoegd aan het pakket: {title}")
        expect(page.get_by_role("button", name=named("Haal uit pakket", title))).to_be_focused()
    expect(panel.locator(".helpdesk-panel__title")).to_have_text(titles)
    expect(panel).to_be_in_viewport()

    act(panel.get_by_label(named("Toelichting voor het initiatief", titles[1])).fill("Bel Anna."))
    act(panel.get_by_role("button", name=named("Toelichting opslaan", titles[1])).click())
    expect(page.locator("#helpdesk-live")).to_have_text("Toelichting opgeslagen.")
    saved = panel.get_by_role("button", name=named("Toelichting opslaan", titles[1]))
    expect(saved).to_be_focused()
    page.screenshot(path=screenshots / "workbench-1280.png")
    assert serious_violations_of_our_markup(page) == []

    act(panel.get_by_label("Ontvanger", exact=True).fill("Dorpsraad Wellerlooi"))
    act(panel.get_by_label("E-mailadres", exact=True).fill("dorpsraad@example.org"))
    act(panel.get_by_role("button", name="Pakket verzenden").click())
    expect(page.locator("#helpdesk-live")).to_have_text("Het pakket wordt verzonden.")

    assert act.count <= 12
    assert page.evaluate("window.sameDocument") == "still here"
    bundle = Bundle.objects.get(status=Bundle.SENT)
    assert [item.title for item in bundle.items.order_by("sort_order")] == titles
    assert bundle.items.get(title=titles[1]).comment == "Bel Anna."
    (message,) = mail.outbox
    assert message.to == ["dorpsraad@example.org"]
    assert "Bel Anna." in message.body
    expect(panel.locator(".helpdesk-panel__title")).to_have_count(0)
    expect(page.get_by_role("button", name=named("Voeg toe aan pakket", titles[0]))).to_be_visible()


def test_a_whole_call_without_javascript(browser, demo_site):
    context = browser.new_context(java_script_enabled=False, locale="nl-NL", viewport=WIDE)
    page = context.new_page()
    log_in(page, demo_site)
    page.goto(f"{demo_site}/zoeken/")
    page.get_by_label("Waar zoekt u naar?").fill(QUERY_WITH_A_TYPO)
    page.get_by_role("button", name="Zoeken", exact=True).click()
    page.get_by_role("checkbox", name=re.compile("^Praktijkvoorbeeld")).check()
    page.get_by_role("checkbox", name=re.compile("^Zorg en ondersteuning")).check()
    page.get_by_role("button", name="Filters toepassen").click()
    expect(page).to_have_url(re.compile("thema=zorg-en-ondersteuning"))

    titles = hit_titles(page, 3)
    for title in titles:
        page.get_by_role("button", name=named("Voeg toe aan pakket", title)).click()
        expect(page.locator(".messages")).to_contain_text(f"Toegevoegd aan het pakket: {title}")
        expect(page.get_by_role("button", name=named("Haal uit pakket", title))).to_be_visible()
    expect(page).to_have_url(re.compile("thema=zorg-en-ondersteuning"))

    panel = page.locator("#helpdesk-panel")
    panel.get_by_label(named("Toelichting voor het initiatief", titles[0])).fill("Bel Anna.")
    panel.get_by_role("button", name=named("Toelichting opslaan", titles[0])).click()
    expect(page.locator(".messages")).to_contain_text("Toelichting opgeslagen")
    panel.get_by_role("button", name=named("Omlaag", titles[0])).click()
    expect(panel.locator(".helpdesk-panel__title")).to_have_text([titles[1], titles[0], titles[2]])
    page.get_by_role("button", name=named("Haal uit pakket", titles[2])).click()
    expect(panel.locator(".helpdesk-panel__title")).to_have_text([titles[1], titles[0]])

    panel.get_by_label("Ontvanger", exact=True).fill("Dorpsraad Wellerlooi")
    panel.get_by_label("E-mailadres", exact=True).fill("dorpsraad@example.org")
    panel.get_by_role("button", name="Pakket verzenden").click()
    expect(page.locator(".messages")).to_contain_text("Het pakket wordt verzonden")
    bundle = Bundle.objects.get(status=Bundle.SENT)
    assert list(bundle.items.order_by("sort_order").values_list("title", flat=True)) == [
        titles[1],
        titles[0],
    ]
    context.close()


def test_panel_moves_by_keyboard_and_keeps_the_focus(page: Page, demo_site, screenshots):
    page.set_viewport_size(WIDE)
    log_in(page, demo_site)
    page.goto(f"{demo_site}/zoeken/?q=zorg")
    titles = hit_titles(page, 2)
    for title in titles:
        page.get_by_role("button", name=named("Voeg toe aan pakket", title)).click()
        settled(page)
    panel = page.locator("#helpdesk-panel")
    panel.get_by_role("button", name=named("Omlaag", titles[0])).focus()
    page.keyboard.press("Enter")
    expect(panel.locator(".helpdesk-panel__title")).to_have_text([titles[1], titles[0]])
    expect(page.locator("#helpdesk-live")).to_have_text(f"Omlaag gezet: {titles[0]}")
    # Now last, it has no "down": the focus stays on the item, on its "up".
    expect(panel.get_by_role("button", name=named("Omhoog", titles[0]))).to_be_focused()

    page.get_by_role("link", name="Open het pakket om de inleiding te schrijven").click()
    expect(page.locator(".bundle-actions")).to_contain_text("Voordat u verzendt")
    expect(page.locator(".helpdesk-item__title")).to_have_text([titles[1], titles[0]])
    page.screenshot(path=screenshots / "bundle-1280.png", full_page=True)
    assert serious_violations_of_our_markup(page) == []


def test_keyboard_shortcuts(page: Page, demo_site):
    page.set_viewport_size(WIDE)
    log_in(page, demo_site)
    page.goto(f"{demo_site}/zoeken/?q=zorg")
    (title,) = hit_titles(page, 1)

    page.locator("ol.results > li").first.get_by_role("link").first.focus()
    page.keyboard.press("a")
    settled(page)
    expect(page.locator("#helpdesk-live")).to_have_text(f"Toegevoegd aan het pakket: {title}")
    expect(page.locator("ol.results > li").first.get_by_role("link").first).to_be_focused()

    page.keyboard.press("p")
    expect(page.locator("#helpdesk-panel")).to_be_focused()
    page.keyboard.press("/")
    expect(page.get_by_label("Waar zoekt u naar?")).to_be_focused()
    page.keyboard.type("a/")  # typing in a field is typing, not a shortcut
    expect(page.get_by_label("Waar zoekt u naar?")).to_have_value("a/")
    expect(page.locator("#helpdesk-live")).to_have_text(f"Toegevoegd aan het pakket: {title}")

    page.locator("h1").click()
    page.keyboard.press("?")
    dialog = page.get_by_role("dialog", name="Sneltoetsen")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text("Naar het zoekvak")
    assert serious_violations_of_our_markup(page) == []
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    page.get_by_role("button", name="Sneltoetsen").click()
    expect(dialog).to_be_visible()
    dialog.get_by_role("checkbox").uncheck()
    dialog.get_by_role("button", name="Sluiten").click()
    expect(dialog).to_be_hidden()
    expect(page.get_by_role("button", name="Sneltoetsen")).to_be_focused()
    page.keyboard.press("/")  # turned off: the key does nothing
    expect(page.get_by_label("Waar zoekt u naar?")).not_to_be_focused()


def test_case_page_shows_the_panel_beside_it_and_adds_in_place(page: Page, demo_site, screenshots):
    page.set_viewport_size(WIDE)
    log_in(page, demo_site)
    page.goto(f"{demo_site}/kennisbank/austerlitz-zorgt/")
    page.evaluate("window.sameDocument = 'still here'")
    panel = page.locator("#helpdesk-panel")
    expect(panel).to_be_in_viewport()

    page.locator("main .helpdesk-toggle").click()
    expect(panel).not_to_have_attribute("aria-busy", "true")

    expect(panel.locator(".helpdesk-items")).to_contain_text("Austerlitz Zorgt")
    expect(page.locator("main .helpdesk-toggle")).to_have_text(re.compile("^Haal uit pakket"))
    assert page.evaluate("window.sameDocument") == "still here"
    page.screenshot(path=screenshots / "workbench-1280-case.png")
    assert serious_violations_of_our_markup(page) == []


def test_tablet_keeps_the_panel_beside_the_results(page: Page, demo_site, screenshots):
    page.set_viewport_size({"width": 800, "height": 1000})
    log_in(page, demo_site)
    page.goto(f"{demo_site}/zoeken/?q=zorg")

    panel = page.locator("#helpdesk-panel").bounding_box()
    first_hit = page.locator("ol.results > li").first.bounding_box()
    page.screenshot(path=screenshots / "workbench-800.png")
    assert panel["x"] > first_hit["x"] + first_hit["width"]
    expect(page.locator("#helpdesk-panel")).to_be_in_viewport()


def test_tablet_folds_the_filters_so_the_first_result_is_in_view(page: Page, demo_site):
    page.set_viewport_size({"width": 800, "height": 1000})
    log_in(page, demo_site)
    page.goto(f"{demo_site}/zoeken/?q=zorg")
    theme = page.locator("#filters .facet").first

    expect(page.locator("ol.results > li").first).to_be_in_viewport()
    expect(theme).to_be_hidden()
    page.locator("#filters > summary").click()
    expect(theme).to_be_visible()
