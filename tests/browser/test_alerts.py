"""Following a filtered search by e-mail, without JavaScript, and the pages it leads to."""

from pathlib import Path
from urllib.parse import urlsplit

from django.core import mail

import pytest
from playwright.sync_api import Page, expect

from alerts.models import Subscription
from tests.search.conftest import _build_corpus

from .test_home import serious_violations

pytestmark = [pytest.mark.browser]


@pytest.fixture
def searchable_site(live_site):
    from core.models import HomePage

    _build_corpus(HomePage.objects.get(locale__language_code="nl"))
    return live_site


def shoot(page: Page, folder: Path, name: str) -> None:
    """Screenshots at desktop and phone width, to look at; no sideways scrolling on either."""
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=folder / f"alerts-{name}-{width}.png", full_page=True)
        assert not page.evaluate("document.documentElement.scrollWidth > window.innerWidth")


def test_subscribe_from_a_filtered_search_without_javascript(browser, searchable_site):
    context = browser.new_context(java_script_enabled=False, locale="nl-NL")
    page = context.new_page()
    page.goto(f"{searchable_site}/zoeken/?thema=financiering&provincie=utrecht")

    page.get_by_role("link", name="Houd mij op de hoogte").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Houd mij op de hoogte")
    expect(page.locator("p.lead")).to_contain_text("Financiering, Utrecht")
    page.get_by_label("Uw e-mailadres").fill("anna@example.org")
    page.get_by_label("Eén keer per week").check()
    page.get_by_role("button", name="Stuur mij meldingen").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Kijk in uw e-mail")
    subscription = Subscription.objects.get()
    assert (subscription.query, subscription.frequency) == (
        "thema=financiering&provincie=utrecht",
        Subscription.WEEKLY,
    )
    assert subscription.status == Subscription.PENDING
    link = next(line for line in mail.outbox[0].body.split() if "/meldingen/bevestigen/" in line)
    page.goto(searchable_site + urlsplit(link).path)
    expect(page.get_by_role("status")).to_contain_text("Uw melding staat aan")
    page.get_by_role("button", name="Pauzeren").click()
    expect(page.get_by_role("status")).to_contain_text("gepauzeerd")
    context.close()


def test_alert_pages_have_no_serious_accessibility_violations(
    page: Page, searchable_site, tmp_path
):
    from alerts import links
    from tests.alerts.factories import SubscriptionFactory

    page.goto(f"{searchable_site}/zoeken/?thema=financiering")
    shoot(page, tmp_path, "search")
    page.goto(f"{searchable_site}/meldingen/?thema=financiering")
    found = {"form": serious_violations(page)}
    shoot(page, tmp_path, "form")
    page.get_by_role("button", name="Stuur mij meldingen").click()
    expect(page.locator(".error-summary")).to_be_visible()
    found["form with errors"] = serious_violations(page)
    shoot(page, tmp_path, "form-errors")

    subscription = SubscriptionFactory(email="anna@example.org")
    page.goto(searchable_site + links.manage_url(subscription.email, "nl", full=False))
    expect(page.get_by_role("heading", level=1)).to_have_text("Uw meldingen")
    found["manage"] = serious_violations(page)
    shoot(page, tmp_path, "manage")

    assert found == {"form": [], "form with errors": [], "manage": []}
