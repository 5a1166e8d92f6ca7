"""A resident registers for a session, cancels through the mail's link, and the seat moves on."""

import re
from urllib.parse import urlsplit

from django.core import mail

import pytest
from playwright.sync_api import Page, expect

from academy.models import Registration
from academy.registration import RegistrationRequest, register
from tests.academy.factories import (
    AcademyIndexPageFactory,
    CoursePageFactory,
    ModulePageFactory,
    SessionFactory,
)

from .test_home import serious_violations

pytestmark = [pytest.mark.browser]


@pytest.fixture
def course(live_site, settings):
    settings.WAGTAILADMIN_BASE_URL = live_site
    from wagtail.models import Page as WagtailPage

    home = WagtailPage.objects.get(depth=2, locale__language_code="nl")
    index = AcademyIndexPageFactory(parent=home)
    course = CoursePageFactory(parent=index, title="Een zorgcoöperatie starten")
    ModulePageFactory(parent=course, title="Module 1: De eerste stappen")
    SessionFactory(course=course, capacity=1)
    return course


def test_resident_registers_cancels_and_the_waiting_person_moves_up(page: Page, live_site, course):
    page.goto(f"{live_site}{course.url}")
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    violations = {"course": serious_violations(page)}
    page.get_by_role("link", name=re.compile("^Aanmelden")).click()

    violations["form"] = serious_violations(page)
    page.get_by_label("Uw naam").fill("Jan de Vries")
    page.get_by_label("Uw e-mailadres").fill("jan@example.org")
    page.get_by_label("Ik ga ermee akkoord").check()
    page.get_by_role("button", name="Aanmelden").click()

    expect(page.get_by_role("status")).to_contain_text("U bent aangemeld")
    violations["confirmation"] = serious_violations(page)
    confirmation = mail.outbox[-1]
    assert confirmation.to == ["jan@example.org"]
    assert confirmation.attachments[0][0] == "bijeenkomst.ics"
    assert "BEGIN:VEVENT" in confirmation.attachments[0][1]
    link = re.search(r"https?://\S+/academie/inschrijving/\S+/", confirmation.body)[0]

    waiting = register(
        RegistrationRequest(
            session_id=course.sessions.get().pk,
            name="Wil Wachter",
            email="wil@example.org",
            consent=True,
        )
    ).registration
    assert waiting.status == Registration.WAITING

    page.goto(f"{live_site}{urlsplit(link).path}")
    page.get_by_role("button", name="Mij afmelden").click()

    expect(page.get_by_role("status")).to_contain_text("U heeft zich afgemeld")
    waiting.refresh_from_db()
    assert waiting.status == Registration.REGISTERED
    promotion = mail.outbox[-1]
    assert promotion.to == ["wil@example.org"]
    assert "plaats" in promotion.subject
    assert violations == {"course": [], "form": [], "confirmation": []}


def test_registration_form_shows_linked_errors_without_javascript(browser, live_site, course):
    context = browser.new_context(java_script_enabled=False, locale="nl-NL")
    page = context.new_page()
    page.goto(f"{live_site}{course.url}aanmelden/{course.sessions.get().pk}/")

    page.get_by_label("Uw naam").fill("Jan")
    page.get_by_label("Uw e-mailadres").fill("jan-zonder-apenstaartje")
    page.get_by_role("button", name="Aanmelden").click()

    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Dit is geen volledig e-mailadres")
    expect(summary).to_contain_text("Zet een vinkje")
    summary.get_by_role("link", name=re.compile("e-mailadres")).click()
    expect(page.get_by_label("Uw e-mailadres")).to_be_focused()
    context.close()


def test_catalogue_and_module_have_no_serious_accessibility_violations(
    page: Page, live_site, course
):
    found = {}
    for path in [course.get_parent().url, course.get_children().first().url]:
        page.goto(f"{live_site}{path}")
        found[path] = serious_violations(page)

    assert all(violations == [] for violations in found.values()), found
