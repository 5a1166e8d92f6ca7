"""A translator makes the English version of a Dutch case; the final editors publish it."""

import re

import pytest
from playwright.sync_api import Page, expect

from knowledge.editorial import ensure_editorial_workflow
from knowledge.models import CasePage, KnowledgeIndexPage, LegalForm, Province, Theme
from knowledge.translators import TRANSLATORS, ensure_translators
from tests.knowledge.factories import CasePageFactory, KnowledgeIndexPageFactory, UserFactory

from .test_editorial_workflow import PASSWORD, log_in
from .test_helpdesk import serious_violations_of_our_markup

pytestmark = [pytest.mark.browser]


@pytest.fixture
def dutch_case(live_site):
    from core.models import HomePage

    dutch_home = HomePage.objects.get(locale__language_code="nl")
    index = KnowledgeIndexPageFactory(parent=dutch_home, title="Kennisbank", slug="kennisbank")
    ensure_editorial_workflow(index)
    ensure_translators(HomePage.objects.get(locale__language_code="en"))
    UserFactory(username="vertaler", groups=[TRANSLATORS])
    UserFactory(username="eindredacteur", groups=["Eindredactie"])
    case = CasePageFactory(
        parent=index,
        title="Zorgcoöperatie in het dorp",
        slug="zorgcooperatie-in-het-dorp",
        summary="Bewoners richtten samen een coöperatie op voor zorg in hun eigen dorp.",
        province=Province.objects.get(locale__language_code="nl", slug="noord-brabant"),
        legal_form=LegalForm.objects.get(
            locale__language_code="nl", slug="cooperatieve-vereniging"
        ),
        themes=[Theme.objects.get(locale__language_code="nl", slug="financiering")],
    )
    case.save_revision().publish()
    return case


# (tab of the translation editor, Dutch string, English string)
ENGLISH_STRINGS = [
    ("Inhoud", "Zorgcoöperatie in het dorp", "A care cooperative in the village"),
    (
        "Inhoud",
        "Bewoners richtten samen een coöperatie op voor zorg in hun eigen dorp.",
        "Residents set up a cooperative together for care in their own village.",
    ),
    ("Vindbaarheid", "zorgcooperatie-in-het-dorp", "care-cooperative-in-the-village"),
]


def log_in_as_translator(page: Page, base_url: str) -> None:
    """Translators see no personal data, so their password is enough."""
    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", "vertaler")
    page.fill("#id_password", PASSWORD)
    page.locator("form.login-form button[type=submit]").click()
    expect(page).to_have_url(f"{base_url}/admin/")


def translate_strings(page: Page) -> None:
    """In wagtail-localize's editor: each Dutch string gets its English text, typed and saved."""
    for tab, dutch, english in ENGLISH_STRINGS:
        page.get_by_role("tab", name=tab).click()
        segment = page.locator(f'xpath=//li[p[normalize-space()="{dutch}"]]')
        segment.get_by_role("button", name="Vertaal").click()
        segment.locator("textarea").fill(english)
        segment.get_by_role("button", name="Opslaan").click()
        expect(segment).to_contain_text(english)


def test_translator_translates_a_case_and_the_final_editor_publishes_it(
    page: Page, live_site, dutch_case: CasePage
):
    log_in_as_translator(page, live_site)
    page.goto(f"{live_site}/admin/localize/submit/page/{dutch_case.pk}/")
    page.get_by_role("checkbox", name="English").check()
    page.get_by_role("button", name="Verzenden").click()

    english_case = CasePage.objects.get(
        translation_key=dutch_case.translation_key, locale__language_code="en"
    )
    assert not english_case.live
    assert page.context.request.get(f"{live_site}{english_case.url or '/en/'}").status in {404}

    translate_strings(page)
    page.get_by_role("button", name="Ter beoordeling naar de eindredactie").click()
    expect(page.locator(".messages")).to_be_visible()

    english_case.refresh_from_db()
    assert not english_case.live
    assert english_case.current_workflow_state.status == "in_progress"
    assert KnowledgeIndexPage.objects.get(locale__language_code="en").get_workflow() is not None

    page.context.clear_cookies()
    log_in(page, live_site, "eindredacteur")
    review = page.get_by_role("row").filter(has_text="A care cooperative in the village")
    review.locator(".w-dropdown__toggle").click()
    page.get_by_role("button", name="Goedkeuren", exact=True).click()
    expect(review).to_have_count(0)
    english_case.refresh_from_db()
    assert english_case.live
    assert english_case.url.endswith("/care-cooperative-in-the-village/")

    page.context.clear_cookies()
    page.goto(f"{live_site}{english_case.url}")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("A care cooperative in the village")
    facts = page.get_by_label("Facts")
    expect(facts).to_contain_text("North Brabant")
    expect(facts).to_contain_text("Cooperative association")
    expect(page.locator("main")).to_contain_text("Funding")
    expect(page.locator("main")).not_to_contain_text("Coöperatieve vereniging")
    dutch_url = f"{live_site}{dutch_case.url}"
    # The alternates are absolute, on the site's own host name.
    expect(page.locator('link[rel=alternate][hreflang="nl"]')).to_have_attribute(
        "href", re.compile(f"{re.escape(dutch_case.url)}$")
    )
    assert serious_violations_of_our_markup(page) == []

    page.locator(".language-switcher").get_by_role("link", name="Nederlands").click()
    expect(page).to_have_url(dutch_url)
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    page.locator(".language-switcher").get_by_role("link", name="English").click()
    expect(page).to_have_url(f"{live_site}{english_case.url}")
