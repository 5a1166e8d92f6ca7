"""'Meld uw initiatief aan' and 'Wijziging doorgeven': the form, moderation, the entry
created or corrected on approval, the contact person's mails, and privacy."""

import datetime
import email
import email.policy
import importlib
import re
from datetime import timedelta

from django.apps import apps
from django.utils import formats, timezone, translation

import pytest

from knowledge import directory, initiative_reports
from knowledge.models import Initiative, InitiativeReport, Province
from knowledge.sections import ensure_initiative_index
from knowledge.tasks import purge_initiative_report_contacts
from uploads.moderation import ensure_moderators

from .factories import InitiativeFactory, UserFactory

pytestmark = pytest.mark.django_db

FORM_URL = "/initiatieven/aanmelden/"
CHECKS = {
    "check_resident_led": "on",
    "check_own_area": "on",
    "check_lasting": "on",
    "check_open": "on",
}


def province(slug: str) -> Province:
    return Province.objects.get(locale__language_code="nl", slug=slug)


def valid(**changes) -> dict:
    data = {
        "name": "Buurtzorgkring De Wiek",
        "place": "Dokkum",
        "municipality": "Noardeast-Fryslân",
        "province": province("friesland").pk,
        "website_address": "https://dewiek.example.org",
        "founding_year": "2019",
        "note": "Wij bestaan sinds 2019.",
        "contact_name": "Sjoukje de Vries",
        "contact_email": "sjoukje@example.org",
        **CHECKS,
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def parse(raw: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)


@pytest.fixture
def directories(site_tree):
    return ensure_initiative_index(site_tree)


@pytest.fixture
def moderator(directories):
    ensure_moderators()
    return UserFactory(username="moderator", groups=["Moderatoren"])


def submit(client, callbacks, url=FORM_URL, **changes):
    with callbacks(execute=True):
        return client.post(url, valid(**changes))


def friesland_count(directories) -> int:
    counts = directory.province_counts(directories["nl"].locale)
    return next(item.count for item in counts if item.slug == "friesland")


def test_the_directory_links_to_the_form(client, directories):
    page = client.get("/initiatieven/").content.decode()

    assert f'href="{FORM_URL}"' in page


def test_the_form_shows_the_four_self_checks(client, directories):
    response = client.get(FORM_URL)

    assert response.status_code == 200
    for name in CHECKS:
        assert f'name="{name}"' in response.content.decode()


def test_a_report_is_stored_pending_and_not_in_the_directory(
    client, directories, django_capture_on_commit_callbacks
):
    response = submit(client, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    assert response["Location"] == FORM_URL + "?verzonden=1"
    report = InitiativeReport.objects.get()
    assert report.status == InitiativeReport.Status.PENDING
    assert report.kind == InitiativeReport.Kind.NEW
    assert not Initiative.objects.exists()
    assert "De Wiek" not in client.get("/initiatieven/").content.decode()


def test_approved_report_appears_in_the_directory_and_its_province_count(
    client, directories, moderator, django_capture_on_commit_callbacks
):
    submit(client, django_capture_on_commit_callbacks)
    report = InitiativeReport.objects.get()
    before = friesland_count(directories)
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/aanmeldingen/{report.pk}/approve/", {"message": ""})

    assert response.status_code == 302
    initiative = Initiative.objects.get()
    assert initiative.published and initiative.province.slug == "friesland"
    assert initiative.last_checked == timezone.localdate()
    assert friesland_count(directories) == before + 1
    client.logout()
    listing = client.get("/initiatieven/?provincie=friesland").content.decode()
    assert "Buurtzorgkring De Wiek" in listing
    assert client.get(f"/initiatieven/{initiative.slug}/").status_code == 200


def test_rejected_report_never_appears(
    client, directories, moderator, django_capture_on_commit_callbacks
):
    submit(client, django_capture_on_commit_callbacks)
    report = InitiativeReport.objects.get()
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/admin/aanmeldingen/{report.pk}/reject/", {"message": "Geen bewonersinitiatief."}
        )

    report.refresh_from_db()
    assert report.status == InitiativeReport.Status.REJECTED
    assert not Initiative.objects.exists()
    assert friesland_count(directories) == 0
    client.logout()
    assert "De Wiek" not in client.get("/initiatieven/").content.decode()


def test_a_correction_updates_the_existing_entry(
    client, directories, moderator, django_capture_on_commit_callbacks
):
    entry = InitiativeFactory(
        name="Dorpscoöperatie Oud", slug="dorpscooperatie-oud", place="Oud", website=""
    )
    form = client.get(f"{FORM_URL}?initiatief={entry.slug}").content.decode()
    assert 'value="Dorpscoöperatie Oud"' in form

    submit(
        client,
        django_capture_on_commit_callbacks,
        url=f"{FORM_URL}?initiatief={entry.slug}",
        name="Dorpscoöperatie Oud",
        place="Oud",
        website_address="https://oud.example.org",
    )
    report = InitiativeReport.objects.get()
    assert report.kind == InitiativeReport.Kind.CORRECTION and report.initiative == entry
    initiative_reports.approve(report.pk, moderator)

    entry.refresh_from_db()
    assert entry.website == "https://oud.example.org"
    assert Initiative.objects.count() == 1


def test_the_initiative_page_links_to_the_correction_form(client, directories):
    entry = InitiativeFactory(slug="de-kring", name="De Kring", place="Ede")

    page = client.get("/initiatieven/de-kring/").content.decode()

    assert f"{FORM_URL}?initiatief={entry.slug}" in page


def test_a_failed_self_check_explains_in_dutch_and_keeps_the_values(
    client, directories, django_capture_on_commit_callbacks
):
    response = submit(client, django_capture_on_commit_callbacks, check_open=None)

    body = response.content.decode()
    assert response.status_code == 400
    assert "open voor iedereen" in body
    assert 'value="Buurtzorgkring De Wiek"' in body
    assert 'value="sjoukje@example.org"' in body
    assert not InitiativeReport.objects.exists()


def test_a_bad_year_and_address_give_dutch_errors(
    client, directories, django_capture_on_commit_callbacks
):
    response = submit(
        client, django_capture_on_commit_callbacks, founding_year="twintig", contact_email="sjoukje"
    )

    body = response.content.decode()
    assert response.status_code == 400
    assert "Vul het jaar in als getal" in body
    assert "geen volledig e-mailadres" in body


def test_honeypot_filled_in_is_not_stored(client, directories, django_capture_on_commit_callbacks):
    response = submit(client, django_capture_on_commit_callbacks, website="http://spam.example")

    assert response.status_code == 400
    assert not InitiativeReport.objects.exists()


def test_rate_limit_keeps_the_values(
    client, directories, settings, django_capture_on_commit_callbacks
):
    settings.INITIATIVE_REPORT_RATE_LIMIT = 1
    submit(client, django_capture_on_commit_callbacks)

    response = submit(client, django_capture_on_commit_callbacks, name="Tweede kring")

    assert response.status_code == 429
    assert 'value="Tweede kring"' in response.content.decode()
    assert InitiativeReport.objects.count() == 1


def test_contact_details_are_not_in_public_html_or_api(
    client, directories, moderator, django_capture_on_commit_callbacks
):
    submit(client, django_capture_on_commit_callbacks)
    initiative = initiative_reports.approve(InitiativeReport.objects.get().pk, moderator)

    pages = [
        client.get("/initiatieven/").content,
        client.get(f"/initiatieven/{initiative.slug}/").content,
        client.get("/api/v2/initiatives/").content,
        client.get(f"/api/v2/initiatives/{initiative.pk}/").content,
        client.get("/initiatieven/csv/").content,
    ]
    for content in pages:
        text = content.decode()
        assert "Sjoukje" not in text
        assert "sjoukje@example.org" not in text


def test_editors_who_are_not_moderators_cannot_see_the_reports(
    client, directories, editorial, django_capture_on_commit_callbacks
):
    submit(client, django_capture_on_commit_callbacks)
    report = InitiativeReport.objects.get()
    client.force_login(UserFactory(groups=["Redacteuren"]))

    for url in ["/admin/aanmeldingen/", f"/admin/aanmeldingen/{report.pk}/"]:
        assert client.get(url).status_code in {302, 403}
        assert "sjoukje@example.org" not in client.get(url, follow=True).content.decode()


def test_the_moderator_sees_the_contact_person(
    client, moderator, django_capture_on_commit_callbacks
):
    submit(client, django_capture_on_commit_callbacks)
    report = InitiativeReport.objects.get()
    client.force_login(moderator)

    queue = client.get("/admin/aanmeldingen/").content.decode()
    detail = client.get(f"/admin/aanmeldingen/{report.pk}/").content.decode()

    assert "Buurtzorgkring De Wiek" in queue
    assert "sjoukje@example.org" in detail


def test_confirmation_and_decision_mails_reach_the_contact_person(
    client, moderator, smtp_server, django_capture_on_commit_callbacks
):
    submit(client, django_capture_on_commit_callbacks)
    report = InitiativeReport.objects.get()
    assert len(smtp_server.messages) == 1
    confirmation = parse(smtp_server.messages[0])
    assert confirmation["To"] == "sjoukje@example.org"
    assert "ontvangen" in confirmation["Subject"]

    with django_capture_on_commit_callbacks(execute=True):
        initiative_reports.approve(report.pk, moderator, "Welkom in de lijst!")

    assert len(smtp_server.messages) == 2
    decision = parse(smtp_server.messages[1])
    text = decision.get_body(preferencelist=("plain",)).get_content()
    assert "goedgekeurd" in text
    assert "Welkom in de lijst!" in text
    report.refresh_from_db()
    assert report.confirmation_sent_at and report.decision_sent_at
    # Sent once: a retry of the task does not mail again.
    assert initiative_reports.send_mail(report.pk, initiative_reports.DECISION) is False


def mail_text(message: bytes) -> str:
    return parse(message).get_body(preferencelist=("plain",)).get_content()


def test_the_confirmation_repeats_the_principles_sent_for_the_register(
    client, directories, smtp_server, django_capture_on_commit_callbacks
):
    submit(
        client,
        django_capture_on_commit_callbacks,
        statute_principles="Wij zorgen voor elkaar in ons dorp.",
        statute_url="https://dewiek.example.org/statuut.pdf",
    )

    confirmation = mail_text(smtp_server.messages[0])
    assert "Principes voor het Register Bijzonder Statuut" in confirmation
    assert "Wij zorgen voor elkaar in ons dorp." in confirmation
    assert "https://dewiek.example.org/statuut.pdf" in confirmation


def report_for_the_register() -> InitiativeReport:
    return initiative_reports.store_report(
        None,
        name="Kring G",
        place="Ede",
        contact_name="Geert",
        contact_email="geert@example.org",
        statute_principles=PRINCIPLES,
    )


def test_the_decision_links_to_the_entry_and_names_its_registration(
    moderator, smtp_server, django_capture_on_commit_callbacks
):
    report = report_for_the_register()

    with django_capture_on_commit_callbacks(execute=True):
        entry = initiative_reports.approve(report.pk, moderator)

    decision = mail_text(smtp_server.messages[-1])
    assert f"/initiatieven/{entry.slug}/" in decision
    assert "Register Bijzonder Statuut" in decision
    with translation.override("nl"):
        registered = formats.date_format(timezone.localdate(), "j F Y")
    assert f"ingeschreven op {registered}" in decision


def test_a_rejected_report_is_not_told_of_an_entry_or_a_registration(
    moderator, smtp_server, django_capture_on_commit_callbacks
):
    report = report_for_the_register()

    with django_capture_on_commit_callbacks(execute=True):
        initiative_reports.reject(report.pk, moderator)

    decision = mail_text(smtp_server.messages[-1])
    assert "niet in de lijst opgenomen" in decision
    assert "Register Bijzonder Statuut" not in decision
    assert "/initiatieven/" not in decision


def test_contact_details_are_removed_on_schedule(directories, moderator):
    approved = initiative_reports.store_report(
        None, name="Kring A", place="Ede", contact_name="A", contact_email="a@example.org"
    )
    rejected = initiative_reports.store_report(
        None, name="Kring B", place="Ede", contact_name="B", contact_email="b@example.org"
    )
    pending = initiative_reports.store_report(
        None, name="Kring C", place="Ede", contact_name="C", contact_email="c@example.org"
    )
    initiative_reports.approve(approved.pk, moderator)
    initiative_reports.reject(rejected.pk, moderator)
    long_ago = timezone.now() - timedelta(days=400)
    InitiativeReport.objects.exclude(pk=pending.pk).update(decided_at=long_ago)

    purge_initiative_report_contacts()

    approved.refresh_from_db()
    assert approved.contact_email == "" and approved.contact_name == ""
    assert not InitiativeReport.objects.filter(pk=rejected.pk).exists()
    assert InitiativeReport.objects.get(pk=pending.pk).contact_email == "c@example.org"
    assert Initiative.objects.filter(name="Kring A").exists()


def test_a_confirmation_that_never_reached_the_broker_is_sent_by_the_sweep(
    directories, django_capture_on_commit_callbacks
):
    report = initiative_reports.store_report(
        None, name="Kring D", place="Ede", contact_name="D", contact_email="d@example.org"
    )  # stored outside a captured commit: the task was never enqueued
    InitiativeReport.objects.filter(pk=report.pk).update(
        created_at=timezone.now() - timedelta(hours=1)
    )

    with django_capture_on_commit_callbacks(execute=True):
        assert initiative_reports.send_mails_again() == 1

    report.refresh_from_db()
    assert report.confirmation_sent_at is not None


# Register Bijzonder Statuut through the same moderation (issue 15 item 7).

PRINCIPLES = "Wij zorgen voor elkaar in ons dorp.\n\nIedereen kan meedoen."
REGISTERED_ON = datetime.date(2026, 3, 2)


@pytest.fixture
def registered_entry(directories):
    return InitiativeFactory(
        name="Zorgcoöperatie Hoogeloon",
        slug="zorgcooperatie-hoogeloon",
        place="Hoogeloon",
        statute_registered=REGISTERED_ON,
        statute_principles=PRINCIPLES,
        statute_url="https://example.org/statuut.pdf",
    )


def correction_of(entry: Initiative, **changes) -> InitiativeReport:
    details = {
        "name": entry.name,
        "place": entry.place,
        "statute_principles": entry.statute_principles,
        "statute_url": entry.statute_url,
        "contact_name": "Sjoukje de Vries",
        "contact_email": "sjoukje@example.org",
        **changes,
    }
    return initiative_reports.store_report(entry, **details)


def row(comparison, name: str) -> initiative_reports.ComparedField:
    return next(item for item in comparison if item.name == name)


def test_the_form_stores_the_principles_and_the_statute_link(
    client, directories, django_capture_on_commit_callbacks
):
    submit(
        client,
        django_capture_on_commit_callbacks,
        statute_principles="Wij zorgen voor elkaar in ons dorp.\r\n\r\nIedereen kan meedoen.",
        statute_url="https://dewiek.example.org/statuut.pdf",
    )

    report = InitiativeReport.objects.get()
    assert report.statute_principles == PRINCIPLES
    assert report.statute_url == "https://dewiek.example.org/statuut.pdf"


def test_the_change_form_is_filled_in_with_the_registered_principles(client, registered_entry):
    form = client.get(f"{FORM_URL}?initiatief={registered_entry.slug}").content.decode()

    assert "Wij zorgen voor elkaar in ons dorp." in form
    assert 'value="https://example.org/statuut.pdf"' in form


def test_approval_copies_the_statute_and_registers_it_on_the_day_of_approval(
    directories, moderator
):
    report = initiative_reports.store_report(
        None,
        name="Kring E",
        place="Ede",
        statute_principles=PRINCIPLES,
        statute_url="https://e.example.org/statuut.pdf",
    )

    entry = initiative_reports.approve(report.pk, moderator)

    entry.refresh_from_db()
    assert entry.statute_principles == PRINCIPLES
    assert entry.statute_url == "https://e.example.org/statuut.pdf"
    assert entry.statute_registered == timezone.localdate()
    assert entry.has_statute


def test_approved_principles_appear_under_the_statute_filter(client, directories, moderator):
    report = initiative_reports.store_report(
        None, name="Kring F", place="Ede", statute_principles=PRINCIPLES
    )
    initiative_reports.approve(report.pk, moderator)

    listing = client.get("/initiatieven/?statuut=ja").content.decode()

    assert "Kring F" in listing


def test_changed_principles_keep_the_date_of_registration(registered_entry, moderator):
    report = correction_of(registered_entry, statute_principles="Nieuwe beginselen.")

    initiative_reports.approve(report.pk, moderator)

    registered_entry.refresh_from_db()
    assert registered_entry.statute_principles == "Nieuwe beginselen."
    assert registered_entry.statute_registered == REGISTERED_ON


def test_principles_added_to_an_unregistered_entry_are_registered_today(directories, moderator):
    entry = InitiativeFactory(name="Kring G", slug="kring-g")
    report = correction_of(entry, statute_principles=PRINCIPLES)

    initiative_reports.approve(report.pk, moderator)

    entry.refresh_from_db()
    assert entry.statute_registered == timezone.localdate()


def test_emptied_principles_take_the_entry_out_of_the_register(registered_entry, moderator):
    report = correction_of(registered_entry, statute_principles="", statute_url="")

    initiative_reports.approve(report.pk, moderator)

    registered_entry.refresh_from_db()
    assert registered_entry.statute_registered is None
    assert not registered_entry.has_statute


def test_a_rejected_report_leaves_the_statute_as_it_was(registered_entry, moderator):
    report = correction_of(
        registered_entry,
        statute_principles="Nieuwe beginselen.",
        statute_url="https://example.org/nieuw.pdf",
    )

    initiative_reports.reject(report.pk, moderator)

    registered_entry.refresh_from_db()
    assert registered_entry.statute_principles == PRINCIPLES
    assert registered_entry.statute_url == "https://example.org/statuut.pdf"
    assert registered_entry.statute_registered == REGISTERED_ON


def test_a_rejected_new_report_registers_nothing(directories, moderator):
    report = initiative_reports.store_report(
        None, name="Kring H", place="Ede", statute_principles=PRINCIPLES
    )

    initiative_reports.reject(report.pk, moderator)

    assert not Initiative.objects.filter(statute_principles=PRINCIPLES).exists()


def test_the_comparison_marks_the_changed_principles(registered_entry):
    report = correction_of(registered_entry, statute_principles="Nieuwe beginselen.")

    principles = row(initiative_reports.compare(report), "statute_principles")

    assert principles.changed
    assert principles.current == PRINCIPLES
    assert principles.reported == "Nieuwe beginselen."


def test_the_comparison_does_not_mark_an_unchanged_field(registered_entry):
    report = correction_of(registered_entry, statute_principles="Nieuwe beginselen.")

    assert not row(initiative_reports.compare(report), "name").changed


def test_the_comparison_ignores_the_line_ends_of_a_browser(registered_entry):
    report = correction_of(registered_entry, statute_principles=PRINCIPLES.replace("\n", "\r\n"))

    assert not row(initiative_reports.compare(report), "statute_principles").changed


def test_the_comparison_shows_the_registration_date_approval_gives(directories):
    entry = InitiativeFactory(name="Kring I", slug="kring-i")
    report = correction_of(entry, statute_principles=PRINCIPLES)

    date_row = row(
        initiative_reports.compare(report, today=datetime.date(2026, 12, 5)), "statute_registered"
    )

    assert date_row.changed and date_row.current == ""
    assert "5" in date_row.reported and "2026" in date_row.reported


def test_the_detail_screen_says_gewijzigd_beside_a_changed_field_only(
    client, registered_entry, moderator
):
    report = correction_of(registered_entry, statute_url="https://example.org/nieuw.pdf")
    client.force_login(moderator)

    page = client.get(f"/admin/aanmeldingen/{report.pk}/", HTTP_ACCEPT_LANGUAGE="nl").content
    rows = dict(re.findall(r'<th scope="row">([^<]+)</th>(.*?)</tr>', page.decode(), flags=re.S))

    assert ">gewijzigd<" in rows["Document met het statuut"]
    assert "ongewijzigd" in rows["Naam"]
    assert "gewijzigd" not in rows["Naam"].replace("ongewijzigd", "")
    assert "1 gegeven gewijzigd." in page.decode()


def test_the_detail_screen_of_a_new_initiative_shows_only_the_reported_values(
    client, directories, moderator
):
    report = initiative_reports.store_report(
        None, name="Kring J", place="Ede", statute_principles=PRINCIPLES
    )
    client.force_login(moderator)

    page = client.get(f"/admin/aanmeldingen/{report.pk}/", HTTP_ACCEPT_LANGUAGE="nl")

    body = page.content.decode()
    assert "Wij zorgen voor elkaar in ons dorp." in body
    assert "Nu in de lijst" not in body
    assert "gewijzigd" not in body


def test_a_bad_statute_link_gives_a_dutch_message_and_keeps_the_principles(
    client, directories, django_capture_on_commit_callbacks
):
    response = submit(
        client,
        django_capture_on_commit_callbacks,
        statute_principles="Wij zorgen voor elkaar.",
        statute_url="ftp://dewiek.example.org/statuut.pdf",
    )

    body = response.content.decode()
    assert response.status_code == 400
    assert "Dit is geen webadres van een document" in body
    assert "Wij zorgen voor elkaar.</textarea>" in body
    assert not InitiativeReport.objects.exists()


def test_a_statute_link_without_principles_asks_for_the_principles(
    client, directories, django_capture_on_commit_callbacks
):
    response = submit(
        client,
        django_capture_on_commit_callbacks,
        statute_url="https://dewiek.example.org/statuut.pdf",
    )

    assert response.status_code == 400
    assert "Bij een statuut horen beginselen" in response.content.decode()
    assert not InitiativeReport.objects.exists()


def test_contact_details_stay_out_of_an_entry_with_a_statute(client, directories, moderator):
    report = initiative_reports.store_report(
        None,
        name="Kring K",
        place="Ede",
        statute_principles=PRINCIPLES,
        contact_name="Sjoukje de Vries",
        contact_email="sjoukje@example.org",
    )
    entry = initiative_reports.approve(report.pk, moderator)

    for url in [f"/initiatieven/{entry.slug}/", f"/api/v2/initiatives/{entry.pk}/"]:
        text = client.get(url).content.decode()
        assert "Iedereen kan meedoen." in text
        assert "Sjoukje" not in text and "sjoukje@example.org" not in text


def test_the_migration_gives_pending_corrections_their_entry_statute(registered_entry):
    report = correction_of(registered_entry, statute_principles="", statute_url="")
    migration = importlib.import_module("knowledge.migrations.0013_initiative_report_statute")

    migration.keep_registered_statutes(apps, None)

    report.refresh_from_db()
    assert report.statute_principles == PRINCIPLES
    assert report.statute_url == "https://example.org/statuut.pdf"
