import pytest

from knowledge.models import GlossaryAlias

from .factories import CasePageFactory, GlossaryTermFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def api(client, path: str) -> dict:
    response = client.get(f"/api/v2/{path}")
    assert response.status_code == 200, response.content
    return response.json()


def test_pages_endpoint_lists_live_cases_with_their_summary(client, knowledge_index):
    CasePageFactory(parent=knowledge_index, title="Hoogeloon")

    data = api(client, "pages/?type=knowledge.CasePage&fields=summary")

    assert [item["title"] for item in data["items"]] == ["Hoogeloon"]
    assert data["items"][0]["summary"].startswith("Bewoners regelen")


def test_drafts_and_unpublished_pages_never_leak(client, knowledge_index):
    CasePageFactory(parent=knowledge_index, title="Gepubliceerd")
    draft = CasePageFactory(parent=knowledge_index, title="Concept", live=False)
    withdrawn = CasePageFactory(parent=knowledge_index, title="Ingetrokken")
    withdrawn.unpublish()

    data = api(client, "pages/?type=knowledge.CasePage")

    assert [item["title"] for item in data["items"]] == ["Gepubliceerd"]
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404
    assert client.get(f"/api/v2/pages/{withdrawn.pk}/").status_code == 404


def test_themes_endpoint_filters_by_locale(client):
    ThemeFactory(slug="api-thema", name="API-thema")

    data = api(client, "themes/?locale=nl&limit=100")

    assert "api-thema" in [item["slug"] for item in data["items"]]


def test_glossary_endpoint_carries_synonyms_and_abbreviations(client):
    term = GlossaryTermFactory(term="pgb", slug="pgb")
    GlossaryAlias.objects.create(term=term, text="persoonsgebonden budget")

    data = api(client, f"glossary/{term.pk}/")

    assert data["synonyms"] == ["persoonsgebonden budget"]
    assert data["abbreviations"] == []


def test_feedback_has_no_endpoint(client):
    assert client.get("/api/v2/feedback/").status_code == 404


@pytest.fixture
def directory_entries():
    from knowledge.models import InitiativeType, Province

    from .factories import InitiativeFactory

    brabant = Province.objects.get(locale__language_code="nl", slug="noord-brabant")
    cooperative = InitiativeType.objects.get(locale__language_code="nl", slug="zorgcooperatie")
    return [
        InitiativeFactory(
            name="Zorgcoöperatie Hoogeloon",
            slug="hoogeloon",
            province=brabant,
            initiative_type=cooperative,
        ),
        InitiativeFactory(
            name="Buurtcoöperatie Apeldoorn-Zuid",
            slug="apeldoorn-zuid",
            province=Province.objects.get(locale__language_code="nl", slug="gelderland"),
        ),
        InitiativeFactory(name="Verborgen", slug="verborgen", published=False, province=brabant),
    ]


def test_initiatives_endpoint_lists_published_entries(client, directory_entries):
    data = api(client, "initiatives/")

    assert data["meta"]["total_count"] == 2
    assert [item["slug"] for item in data["items"]] == ["apeldoorn-zuid", "hoogeloon"]
    assert data["items"][1]["province"] == "noord-brabant"


def test_initiatives_endpoint_filters_by_province_and_type(client, directory_entries):
    by_province = api(client, "initiatives/?province=gelderland")
    by_type = api(client, "initiatives/?type=zorgcooperatie")
    both = api(client, "initiatives/?province=gelderland,noord-brabant&type=zorgcooperatie")

    assert [item["slug"] for item in by_province["items"]] == ["apeldoorn-zuid"]
    assert [item["slug"] for item in by_type["items"]] == ["hoogeloon"]
    assert [item["slug"] for item in both["items"]] == ["hoogeloon"]


def test_initiative_detail_carries_its_public_facts_and_nothing_personal(client, directory_entries):
    data = api(client, f"initiatives/{directory_entries[0].pk}/")

    assert set(data) == {
        "id",
        "meta",
        "name",
        "slug",
        "place",
        "municipality",
        "province",
        "initiative_type",
        "legal_form",
        "founding_year",
        "website",
        "last_checked",
        "statute_registered",
        "statute_principles",
        "statute_url",
        "page_url",
    }
    assert data["initiative_type"] == "zorgcooperatie"


def test_each_listed_initiative_links_to_its_page_in_the_directory(
    client, site_tree, directory_entries
):
    from knowledge.sections import ensure_initiative_index

    ensure_initiative_index(site_tree)

    data = api(client, "initiatives/")

    assert data["items"][1]["page_url"].endswith("/initiatieven/hoogeloon/")


def test_unpublished_initiative_has_no_detail(client, directory_entries):
    assert client.get(f"/api/v2/initiatives/{directory_entries[2].pk}/").status_code == 404


def test_asking_for_a_personal_field_is_a_clear_400(client, directory_entries):
    response = client.get("/api/v2/initiatives/?fields=email")

    assert response.status_code == 400
