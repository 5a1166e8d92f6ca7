"""Every page type runs under the Content-Security-Policy with JavaScript on: nothing refused.

The browser reports each refusal as a ``securitypolicyviolation`` event and a console error;
both are collected per page, together with script errors, and must stay empty.
"""

from datetime import timedelta

from django.utils import timezone

from wagtail.admin.admin_url_finder import AdminURLFinder

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import Page, expect

from academy.staff import ensure_academy_group
from helpdesk.models import Bundle
from knowledge.models import InitiativeType
from tests.academy.factories import AcademyIndexPageFactory, CoursePageFactory, SessionFactory
from tests.helpdesk.factories import AdviserFactory, BundleFactory, BundleItemFactory
from tests.knowledge.factories import (
    CasePageFactory,
    GlossaryPageFactory,
    GlossaryTermFactory,
    KnowledgeIndexPageFactory,
    ThemeFactory,
    UserFactory,
    WhitepaperPageFactory,
)
from tests.uploads.factories import UploadIndexPageFactory
from uploads.moderation import ensure_moderators

from .conftest import confirm_second_factor
from .test_home import serious_violations

pytestmark = [pytest.mark.browser]

PASSWORD = "geheim-wachtwoord-123"

# Runs in every document before its own scripts, so refusals during loading are caught too.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(
        `${event.effectiveDirective} refused ${event.blockedURI || "inline"}`
        + ` in ${event.sourceFile}:${event.lineNumber} ${event.sample}`
    );
});
"""


class PolicyWatch:
    """Collects what the browser refused or reported while a page loaded and ran."""

    def __init__(self, page: Page):
        self.page = page
        self.console: list[str] = []
        page.add_init_script(RECORD_VIOLATIONS)
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.console.append(f"script error: {error}"))

    def _console(self, message) -> None:
        if message.type in {"error", "warning"}:
            where = message.location.get("url", "")
            self.console.append(f"console {message.type}: {message.text} ({where})")

    def problems(self) -> list[str]:
        """What went wrong in the current document since the last call."""
        self.page.wait_for_load_state("networkidle")
        found = self.page.evaluate("window.__cspViolations || []") + self.console
        self.console = []
        return found

    def visit(self, url: str) -> list[str]:
        self.page.goto(url)
        return self.problems()


@pytest.fixture
def watch(page: Page) -> PolicyWatch:
    return PolicyWatch(page)


@pytest.fixture
def content(live_site):
    """One page of every type, made with the factories, and the links to them."""
    from core.models import HomePage

    home = HomePage.objects.get(locale__language_code="nl")
    index = KnowledgeIndexPageFactory(parent=home)
    theme = ThemeFactory(slug="ontmoeting", name="Ontmoeting")
    kind = InitiativeType.objects.get(locale__language_code="nl", slug="zorgcooperatie")
    case = CasePageFactory(
        parent=index,
        title="Buurtkamer De Wissel",
        summary="Een zorgcoöperatie opent een huiskamer waar buren elkaar treffen.",
        initiative_type=kind,
        themes=[theme],
    )
    whitepaper = WhitepaperPageFactory(parent=index, title="Samen zorg dragen", themes=[theme])
    glossary = GlossaryPageFactory(parent=index)
    term = GlossaryTermFactory(term="mantelzorg", slug="mantelzorg")
    academy = AcademyIndexPageFactory(parent=home)
    course = CoursePageFactory(parent=academy, title="Een buurtkamer beginnen")
    session = SessionFactory(course=course)
    uploads = UploadIndexPageFactory(parent=home)
    ensure_moderators(uploads)
    bundle = BundleFactory(
        created_by=AdviserFactory(),
        status=Bundle.SENT,
        sent_at=timezone.now(),
        expires_at=timezone.now() + timedelta(days=30),
    )
    BundleItemFactory(bundle=bundle, page=case)
    editor = UserFactory(username="beheerder", is_superuser=True)
    return {
        "home": "/",
        "knowledge index": index.url,
        "theme": f"{index.url}thema/{theme.slug}/",
        "type": f"{index.url}soort/{kind.slug}/",
        "case": case.url,
        "whitepaper": whitepaper.url,
        "glossary": glossary.url,
        "academy catalogue": academy.url,
        "course": course.url,
        "session sign-up": f"{course.url}aanmelden/{session.pk}/",
        "upload form": f"{uploads.url}insturen/",
        "bundle": f"/pakket/{bundle.token}/",
        "admin login": "/admin/login/",
        "page edit": f"/admin/pages/{case.pk}/edit/",
        "snippet edit": AdminURLFinder(editor).get_edit_url(term),
    }


PUBLIC = [
    "home",
    "knowledge index",
    "theme",
    "type",
    "case",
    "whitepaper",
    "glossary",
    "academy catalogue",
    "course",
    "session sign-up",
    "upload form",
    "bundle",
    "admin login",
]


def test_public_pages_run_without_policy_violations(watch: PolicyWatch, live_site, content):
    found = {name: watch.visit(f"{live_site}{content[name]}") for name in PUBLIC}

    assert found == {name: [] for name in PUBLIC}


def test_search_with_results_and_facets_runs_without_policy_violations(
    page: Page, watch: PolicyWatch, live_site, content
):
    found = {"results": watch.visit(f"{live_site}/zoeken/?q=buurtkamer")}
    expect(page.locator(".result-count")).to_contain_text("buurtkamer")

    # The filter runs search.js, which fetches the new results from the same origin.
    page.get_by_role("checkbox", name="Ontmoeting").first.check()
    expect(page.locator(".chip", has_text="Ontmoeting")).to_be_visible()
    expect(page.locator("#search-form")).not_to_have_attribute("aria-busy", "true")
    found["filtered"] = watch.problems()

    assert found == {"results": [], "filtered": []}


def sign_in(page: Page, live_site: str, username: str, password: str = PASSWORD) -> None:
    page.goto(f"{live_site}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.locator("form.login-form button[type=submit]").click()


ADMIN = ["code", "dashboard", "page edit", "preview", "snippet edit", "userbar"]


def test_admin_with_a_second_factor_runs_without_policy_violations(
    page: Page, watch: PolicyWatch, live_site, content
):
    sign_in(page, live_site, "beheerder")
    found = {"code": watch.problems()}
    confirm_second_factor(page, "beheerder")
    expect(page).to_have_url(f"{live_site}/admin/")
    found["dashboard"] = watch.problems()
    found["page edit"] = watch.visit(f"{live_site}{content['page edit']}")
    # The preview panel shows the page in a frame of the admin's own origin.
    page.locator("[data-side-panel-toggle='preview']").click()
    expect(page.frame_locator("#w-preview-iframe").get_by_role("heading", level=1)).to_have_text(
        "Buurtkamer De Wissel"
    )
    found["preview"] = watch.problems()
    found["snippet edit"] = watch.visit(f"{live_site}{content['snippet edit']}")
    found["userbar"] = watch.visit(f"{live_site}{content['case']}")
    expect(page.locator("wagtail-userbar")).to_be_attached()

    assert found == {name: [] for name in ADMIN}


@pytest.fixture
def organiser(live_site):
    """Sees registrations, so must set up an authenticator app before anything else."""
    ensure_academy_group()
    return UserFactory(username="organisator", groups=["Academie"], second_factor=False)


def test_setting_up_the_app_is_dutch_accessible_and_fits_a_phone(
    page: Page, watch: PolicyWatch, live_site, organiser, tmp_path
):
    sign_in(page, live_site, "organisator")

    expect(page).to_have_url(f"{live_site}/admin/twee-staps/instellen/?next=%2Fadmin%2F")
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.get_by_role("heading", level=1)).to_have_text("Stel uw authenticator-app in")
    found = {"policy": watch.problems(), "axe": serious_violations(page)}
    for width in [1280, 390]:
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=tmp_path / f"two-factor-setup-{width}.png", full_page=True)
        found[f"overflow at {width}"] = page.evaluate(
            "document.documentElement.scrollWidth > window.innerWidth"
        )
    assert found == {
        "policy": [],
        "axe": [],
        "overflow at 1280": False,
        "overflow at 390": False,
    }

    device = TOTPDevice.objects.get(user=organiser, confirmed=False)
    page.get_by_label("Code uit uw authenticator-app").fill(f"{totp(device.bin_key):06d}")
    page.get_by_role("button", name="Bevestigen").click()
    expect(page).to_have_url(f"{live_site}/admin/")


def test_entering_the_code_is_dutch_and_accessible(
    page: Page, watch: PolicyWatch, live_site, content
):
    sign_in(page, live_site, "beheerder")

    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.get_by_role("heading", level=1)).to_have_text("Bevestig dat u het bent")
    assert {"policy": watch.problems(), "axe": serious_violations(page)} == {
        "policy": [],
        "axe": [],
    }


def test_the_lockout_page_is_dutch_and_accessible(
    page: Page, watch: PolicyWatch, live_site, organiser, settings
):
    for n in range(settings.AXES_FAILURE_LIMIT):
        sign_in(page, live_site, "organisator", password=f"fout-{n}")

    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.get_by_role("heading", level=1)).to_have_text("Te vaak verkeerd ingelogd")
    # The browser notes the lockout's own status, and nothing else.
    refused = (
        "console error: Failed to load resource: the server responded with a status of "
        f"429 (Too Many Requests) ({live_site}/admin/login/)"
    )
    assert {"policy": watch.problems(), "axe": serious_violations(page)} == {
        "policy": [refused],
        "axe": [],
    }
