"""Advisers see directory entries nobody checked for a year, and mark them checked."""

from datetime import date

from django.urls import reverse

import pytest

from knowledge.initiative_checks import initiatives_due_for_a_check, mark_initiative_checked
from tests.knowledge.factories import InitiativeFactory, UserFactory

pytestmark = pytest.mark.django_db

TODAY = date(2027, 2, 1)


@pytest.fixture
def entries():
    return {
        "never": InitiativeFactory(name="Nooit nagelopen"),
        "old": InitiativeFactory(name="Lang geleden", last_checked=date(2025, 12, 1)),
        "recent": InitiativeFactory(name="Pas nagelopen", last_checked=date(2026, 6, 1)),
        "hidden": InitiativeFactory(name="Niet in de gids", published=False),
    }


def test_entries_never_or_not_checked_for_a_year_are_due_oldest_first(entries):
    due = [row.initiative.name for row in initiatives_due_for_a_check(today=TODAY)]

    assert due == ["Nooit nagelopen", "Lang geleden"]


def test_an_entry_checked_today_is_no_longer_due(entries):
    mark_initiative_checked(entries["old"], today=TODAY)

    due = [row.initiative.pk for row in initiatives_due_for_a_check(today=TODAY)]
    assert entries["old"].pk not in due


def test_adviser_marks_an_entry_checked_from_the_list(client, adviser, entries):
    client.force_login(adviser)
    url = reverse("helpdesk:initiatives_due")

    assert "Nooit nagelopen" in client.get(url).content.decode()
    response = client.post(url, {"initiative": entries["never"].pk})

    assert response.status_code == 302
    entries["never"].refresh_from_db()
    assert entries["never"].last_checked is not None


def test_a_bad_entry_number_is_not_found_never_an_error(client, adviser, entries):
    client.force_login(adviser)

    response = client.post(reverse("helpdesk:initiatives_due"), {"initiative": "abc"})

    assert response.status_code == 404


def test_non_adviser_cannot_see_the_list(client, entries):
    client.force_login(UserFactory())

    assert client.get(reverse("helpdesk:initiatives_due")).status_code == 404


def test_the_directory_page_shows_when_an_entry_was_last_checked(client, site_tree, entries):
    from knowledge.sections import ensure_initiative_index

    ensure_initiative_index(site_tree)
    entries["recent"].slug = "pas-nagelopen"
    entries["recent"].save()

    page = client.get("/initiatieven/pas-nagelopen/").content.decode()

    assert '<time datetime="2026-06-01">1 juni 2026</time>' in page
