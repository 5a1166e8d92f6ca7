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
