"""A resident sends in material without JavaScript; a moderator approves; search finds it."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from tests.knowledge.factories import UserFactory
from tests.uploads import upload_files as files
from tests.uploads.factories import UploadIndexPageFactory
from uploads.moderation import ensure_moderators

from .conftest import confirm_second_factor

pytestmark = [pytest.mark.browser]

PASSWORD = "geheim-wachtwoord-123"
SENTENCE = "Onze klussendienst repareerde dit jaar driehonderd fietsen voor dorpsgenoten."


@pytest.fixture
def uploads_site(live_site, settings, tmp_path):
    from core.models import HomePage

    settings.UPLOADS_PRIVATE_ROOT = tmp_path / "private"
    home = HomePage.objects.get(locale__language_code="nl")
    index = UploadIndexPageFactory(parent=home)
    ensure_moderators(index)
    UserFactory(username="moderator", groups=["Moderatoren"])
    return index


@pytest.fixture
def resident(browser: Browser):
    """A visitor whose browser runs no JavaScript: the form must work for them too."""
    context = browser.new_context(java_script_enabled=False, locale="nl-NL")
    yield context.new_page()
    context.close()


def serious_violations(page: Page) -> list[str]:
    """axe-core runs as a script, so it checks pages in a context with JavaScript on."""
    results = Axe().run(page)
    return [
        f"{violation['id']}: {violation['help']}"
        for violation in results.response["violations"]
        if violation["impact"] in {"serious", "critical"}
    ]


def test_resident_submits_and_moderator_publishes_and_search_finds_it(
    resident: Page, page: Page, live_site, uploads_site, tmp_path
):
    pdf = tmp_path / "jaarverslag.pdf"
    pdf.write_bytes(files.pdf_with_text(SENTENCE))
    docx = tmp_path / "beleidsplan.docx"
    docx.write_bytes(files.docx_with_text("Ons beleidsplan voor de komende jaren."))

    resident.goto(f"{live_site}/trots-op-mijn-initiatief/insturen/")
    resident.get_by_label("Naam van uw initiatief, als het niet in de lijst staat").fill(
        "Dorpscoöperatie De Eik"
    )
    resident.get_by_label("Plaats:", exact=True).fill("Wellerlooi")
    resident.get_by_label("Provincie").select_option(label="Limburg")
    resident.get_by_label("Soort materiaal").select_option(label="jaarverslag")
    resident.get_by_label("Jaar:", exact=True).fill("2024")
    resident.get_by_label("Titel").fill("Jaarverslag De Eik 2024")
    resident.get_by_label("Korte beschrijving").fill("Wat onze vrijwilligers dit jaar deden.")
    resident.get_by_label("Bestanden (één tot vijf)").set_input_files([pdf, docx])
    resident.get_by_label("Uw naam").fill("Mies Jansen")
    resident.get_by_label("Uw e-mailadres").fill("mies@example.org")
    resident.get_by_label("Ik geef NLZVE toestemming").check()
    resident.get_by_label("Ik heb de privacyverklaring gelezen.").check()
    resident.get_by_role("button", name="Insturen").click()
    expect(resident.get_by_role("heading", level=1)).to_have_text("Dank u wel voor uw materiaal")

    page.goto(f"{live_site}/admin/login/")
    page.fill("#id_username", "moderator")
    page.fill("#id_password", PASSWORD)
    page.locator("form.login-form button[type=submit]").click()
    confirm_second_factor(page, "moderator")
    page.goto(f"{live_site}/admin/inzendingen/")
    page.get_by_role("link", name="Jaarverslag De Eik 2024").click()
    expect(page.locator(".extracted-text").first).to_contain_text(SENTENCE)
    expect(page.get_by_text("Ons beleidsplan voor de komende jaren.")).to_be_visible()
    page.get_by_role("button", name="Goedkeuren en publiceren").click()
    expect(page.get_by_text("Gepubliceerd. De inzender krijgt een e-mail.")).to_be_visible()

    resident.goto(f"{live_site}/trots-op-mijn-initiatief/")
    expect(resident.get_by_role("link", name="Jaarverslag De Eik 2024")).to_be_visible()
    resident.goto(f"{live_site}/zoeken/?q=klussendienst+fietsen")
    expect(resident.get_by_role("link", name="Jaarverslag De Eik 2024")).to_be_visible()
    assert "mies@example.org" not in resident.content()


def test_refused_file_is_named_and_the_answers_are_kept(
    resident: Page, live_site, uploads_site, tmp_path
):
    fake = tmp_path / "verslag.docx"
    fake.write_bytes(files.HTML)

    resident.goto(f"{live_site}/trots-op-mijn-initiatief/insturen/")
    resident.get_by_label("Titel").fill("Mijn verslag")
    resident.get_by_label("Bestanden (één tot vijf)").set_input_files([fake])
    resident.get_by_role("button", name="Insturen").click()

    summary = resident.get_by_role("alert")
    expect(summary).to_contain_text('"verslag.docx" is geen PDF-')
    expect(resident.get_by_label("Titel")).to_have_value("Mijn verslag")


@pytest.mark.parametrize(
    "path", ["/trots-op-mijn-initiatief/", "/trots-op-mijn-initiatief/insturen/"]
)
def test_upload_pages_have_no_serious_accessibility_violations(
    page: Page, live_site, uploads_site, path
):
    page.goto(f"{live_site}{path}")

    assert serious_violations(page) == []


def test_form_with_errors_has_no_serious_accessibility_violations(
    page: Page, live_site, uploads_site
):
    page.goto(f"{live_site}/trots-op-mijn-initiatief/insturen/")
    page.get_by_label("Titel").fill("Mijn verslag")
    page.get_by_role("button", name="Insturen").click()
    expect(page.get_by_role("alert")).to_contain_text("Voeg minstens één bestand toe.")

    assert serious_violations(page) == []
