"""Adviser-only knowledge on cases: visible to advisers, never to the public."""

from datetime import date

from django.urls import reverse

import pytest

from helpdesk.case_notes import cases_due_for_a_check, mark_checked
from helpdesk.models import CaseNote
from tests.knowledge.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def noted_case(cases, adviser):
    return CaseNote.objects.create(
        case=cases[0],
        internal_notes="Bestuur wisselt in 2027; vraag naar Marja.",
        willing_to_be_contacted=True,
        contact_route="Bel het secretariaat op dinsdag.",
        last_checked=date(2026, 1, 10),
        still_active=CaseNote.YES,
        updated_by=adviser,
    ).case


def test_adviser_sees_the_notes_on_the_case_page(client, adviser, noted_case):
    client.force_login(adviser)
    html = client.get(noted_case.url).content.decode()
    assert "Bestuur wisselt in 2027" in html
    assert "Bel het secretariaat op dinsdag." in html


def test_public_and_other_users_never_see_the_notes(client, noted_case):
    assert "Bestuur wisselt" not in client.get(noted_case.url).content.decode()
    client.force_login(UserFactory())
    html = client.get(noted_case.url).content.decode()
    assert "Bestuur wisselt" not in html and "secretariaat" not in html


def test_notes_are_not_in_the_pages_api(client, noted_case):
    response = client.get(f"/api/v2/pages/{noted_case.pk}/")
    assert "Bestuur wisselt" not in response.content.decode()


def test_adviser_saves_notes(client, adviser, cases):
    client.force_login(adviser)
    response = client.post(
        reverse("helpdesk:case_note", args=[cases[1].pk]),
        {
            "internal_notes": "Werkt samen met de huisarts.",
            "contact_route": "",
            "last_checked": "2026-11-01",
            "still_active": CaseNote.YES,
        },
    )
    assert response.status_code == 302
    note = CaseNote.objects.get(case=cases[1])
    assert note.internal_notes == "Werkt samen met de huisarts."
    assert note.updated_by == adviser


def test_a_bad_date_gives_a_dutch_message(client, adviser, cases):
    client.force_login(adviser)
    response = client.post(
        reverse("helpdesk:case_note", args=[cases[1].pk]),
        {"last_checked": "gisteren", "still_active": CaseNote.YES},
    )
    assert response.status_code == 400
    assert "geldige datum" in response.content.decode()


def test_cases_not_checked_for_a_year_are_due(noted_case, cases):
    due = [row.case.pk for row in cases_due_for_a_check(today=date(2027, 2, 1))]
    assert due[0] == noted_case.pk
    assert set(due) == {case.pk for case in cases}


def test_a_case_checked_today_is_not_due(adviser, noted_case, cases):
    mark_checked(noted_case, adviser, today=date(2027, 2, 1))
    due = [row.case.pk for row in cases_due_for_a_check(today=date(2027, 2, 1))]
    assert noted_case.pk not in due
    assert len(due) == 2


def test_non_adviser_cannot_open_the_notes(client, cases):
    client.force_login(UserFactory())
    assert client.get(reverse("helpdesk:case_note", args=[cases[0].pk])).status_code == 404
    assert client.get(reverse("helpdesk:due_checks")).status_code == 404
