"""The Register Bijzonder Statuut: an initiative's registered principles, page, filter, admin."""

import csv
import datetime
import io
import re

import pytest

from knowledge.sections import ensure_initiative_index

from .factories import InitiativeFactory, UserFactory

pytestmark = pytest.mark.django_db

PRINCIPLES = "Wij werken voor en met de bewoners van ons dorp.\n\nIedereen kan meedoen."


@pytest.fixture
def directories(site_tree):
    return ensure_initiative_index(site_tree)


@pytest.fixture
def registered():
    return InitiativeFactory(
        name="Zorgcoöperatie Hoogeloon",
        slug="zorgcooperatie-hoogeloon",
        statute_registered=datetime.date(2026, 3, 2),
        statute_principles=PRINCIPLES,
        statute_url="https://example.org/statuut.pdf",
    )


@pytest.fixture
def unregistered():
    return [
        InitiativeFactory(name="Tot uw Dienst", slug="tot-uw-dienst"),
        InitiativeFactory(name="Buurtcoöperatie Zuid", slug="buurtcooperatie-zuid"),
    ]


def names(response) -> list[str]:
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', response.content.decode())


def test_initiative_page_shows_its_registered_principles(client, directories, registered):
    page = client.get("/initiatieven/zorgcooperatie-hoogeloon/").content.decode()

    assert '<h2 id="initiative-statute">Register Bijzonder Statuut</h2>' in page
    assert "<p>Wij werken voor en met de bewoners van ons dorp.</p>" in page
    assert "<p>Iedereen kan meedoen.</p>" in page
    assert '<time datetime="2026-03-02">2 maart 2026</time>' in page
    assert 'href="https://example.org/statuut.pdf"' in page


def test_english_page_marks_the_principles_as_dutch(client, directories, registered):
    page = client.get("/en/initiatives/zorgcooperatie-hoogeloon/").content.decode()

    assert '<blockquote class="statute__principles" lang="nl">' in page


def test_page_of_an_unregistered_initiative_has_no_statute_section(
    client, directories, unregistered
):
    page = client.get("/initiatieven/tot-uw-dienst/").content.decode()

    assert "initiative-statute" not in page


def test_statute_filter_narrows_the_list_and_counts(client, directories, registered, unregistered):
    everything = client.get("/initiatieven/").content.decode()
    assert 'name="statuut" value="ja"' in everything
    assert re.search(r"Met Bijzonder Statuut <span class=\"count\">\(1\)</span>", everything)

    response = client.get("/initiatieven/?statuut=ja")

    assert names(response) == ["Zorgcoöperatie Hoogeloon"]
    page = response.content.decode()
    assert '<meta name="robots" content="noindex">' in page
    assert re.search(r'value="ja" checked>', page)


def test_statute_filter_is_hidden_when_no_initiative_is_registered(
    client, directories, unregistered
):
    page = client.get("/initiatieven/").content.decode()

    assert 'name="statuut"' not in page


def test_odd_statute_value_is_ignored_not_an_error(client, directories, registered, unregistered):
    response = client.get("/initiatieven/?statuut=%3Cscript%3E")

    assert response.status_code == 200
    assert len(names(response)) == 3


def test_csv_and_api_carry_the_registration(client, directories, registered, unregistered):
    rows = list(
        csv.DictReader(
            io.StringIO(client.get("/initiatieven/csv/?statuut=ja").content.decode("utf-8-sig"))
        )
    )
    assert [row["naam"] for row in rows] == ["Zorgcoöperatie Hoogeloon"]
    assert rows[0]["bijzonder_statuut_geregistreerd"] == "2026-03-02"
    assert rows[0]["bijzonder_statuut_document"] == "https://example.org/statuut.pdf"

    data = client.get("/api/v2/initiatives/?statute=true&fields=statute_registered").json()
    assert [item["slug"] for item in data["items"]] == ["zorgcooperatie-hoogeloon"]
    assert data["items"][0]["statute_registered"] == "2026-03-02"


def edit(client, initiative, **fields):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    data = {"name": initiative.name, "slug": initiative.slug, "place": initiative.place}
    return client.post(f"/admin/snippets/knowledge/initiative/edit/{initiative.pk}/", data | fields)


def test_editor_registers_the_principles_in_the_admin(client, directories, unregistered):
    initiative = unregistered[0]

    response = edit(
        client,
        initiative,
        published="on",
        statute_registered="2026-11-02",
        statute_principles=PRINCIPLES,
        statute_url="https://example.org/statuut",
    )

    assert response.status_code == 302
    initiative.refresh_from_db()
    assert initiative.has_statute and initiative.statute_url == "https://example.org/statuut"


@pytest.mark.parametrize("url", ["geen adres", "javascript:alert(1)", "ftp://example.org/a.pdf"])
def test_invalid_statute_link_is_refused_in_dutch(client, directories, unregistered, url):
    initiative = unregistered[0]

    response = edit(
        client,
        initiative,
        statute_registered="2026-11-02",
        statute_principles=PRINCIPLES,
        statute_url=url,
    )

    assert response.status_code == 200
    errors = response.context["form"].errors["statute_url"]
    assert any("geldige URL" in error or "https://" in error for error in errors), errors
    initiative.refresh_from_db()
    assert initiative.statute_url == "" and not initiative.has_statute


def test_principles_without_a_date_are_refused(client, directories, unregistered):
    response = edit(client, unregistered[0], statute_principles=PRINCIPLES)

    assert response.status_code == 200
    assert "statute_registered" in response.context["form"].errors
