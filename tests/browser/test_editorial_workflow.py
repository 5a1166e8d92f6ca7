"""An editor writes a case, the final editors approve it, the public sees it."""

import pytest
from playwright.sync_api import Page, expect

from knowledge.editorial import ensure_editorial_workflow
from knowledge.models import CasePage, KnowledgeIndexPage
from tests.knowledge.factories import KnowledgeIndexPageFactory, ThemeFactory, UserFactory

from .conftest import confirm_second_factor

pytestmark = [pytest.mark.browser]

PASSWORD = "geheim-wachtwoord-123"


@pytest.fixture
def newsroom(live_site):
    from core.models import HomePage

    home = HomePage.objects.get(locale__language_code="nl")
    index = KnowledgeIndexPageFactory(parent=home)
    ensure_editorial_workflow(index)
    ThemeFactory(slug="financiering", name="Financiering")
    ThemeFactory(slug="wonen", name="Wonen")
    ThemeFactory(slug="welzijn", name="Welzijn")
    UserFactory(username="redacteur", groups=["Redacteuren"])
    UserFactory(username="eindredacteur", groups=["Eindredactie"])
    return index


def log_in(page: Page, base_url: str, username: str) -> None:
    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("form.login-form button[type=submit]").click()
    confirm_second_factor(page, username)
    expect(page).to_have_url(f"{base_url}/admin/")


def open_action_menu(page: Page) -> None:
    page.locator("footer .w-dropdown__toggle").first.click()


def test_editor_submits_a_case_and_the_final_editor_publishes_it(
    page: Page, live_site, newsroom: KnowledgeIndexPage
):
    log_in(page, live_site, "redacteur")
    page.goto(f"{live_site}/admin/pages/add/knowledge/casepage/{newsroom.pk}/")
    page.fill("#id_title", "Dorpshuis in eigen hand")
    page.fill("#id_summary", "Bewoners kochten samen het dorpshuis en verhuren zalen.")
    page.get_by_role("tab", name="Kenmerken").click()
    page.get_by_role("checkbox", name="Financiering", exact=True).check()
    page.get_by_role("checkbox", name="Wonen", exact=True).check()
    open_action_menu(page)
    page.locator("button[name=action-submit]").click()
    expect(page.locator(".messages")).to_contain_text("Dorpshuis in eigen hand")

    case = CasePage.objects.get(title="Dorpshuis in eigen hand")
    assert not case.live
    assert case.current_workflow_state is not None

    page.context.clear_cookies()
    log_in(page, live_site, "eindredacteur")
    page.goto(f"{live_site}/admin/pages/{case.pk}/edit/")
    open_action_menu(page)
    page.get_by_role("button", name="Goedkeuren en publiceren", exact=True).click()
    expect(page.locator(".messages")).to_contain_text("Dorpshuis in eigen hand")

    case.refresh_from_db()
    assert case.live
    assert sorted(case.themes.values_list("slug", flat=True)) == ["financiering", "wonen"]

    page.context.clear_cookies()
    page.goto(f"{live_site}{case.url}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Dorpshuis in eigen hand")
    expect(page.locator("main")).to_contain_text("Financiering")
