import pytest
from defusedxml.ElementTree import fromstring
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search.params import FACET_PARAMS

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def test_api_returns_what_the_page_shows(client, corpus):
    page = client.get("/zoeken/", {"q": "cooperatie", "thema": "financiering"}).context["result"]

    data = client.get("/api/v2/search/", {"q": "cooperatie", "thema": "financiering"}).json()

    assert data["total"] == page.total
    assert [hit["title"] for hit in data["hits"]] == [hit.title for hit in page.hits]
    assert data["facets"] == [
        {
            "name": facet.name,
            "label": facet.label,
            "values": [vars(value) for value in facet.values],
        }
        for facet in page.facets
    ]


def test_api_notes_what_it_ignored(client, corpus):
    data = client.get("/api/v2/search/", {"kleur": "rood", "locale": "fr"}).json()

    assert data["ignored"] == ["kleur", "locale=fr"]


def test_openapi_schema_describes_every_facet_parameter(client):
    schema = client.get("/api/v2/search/openapi.json").json()

    names = {p["name"] for p in schema["paths"]["/api/v2/search/"]["get"]["parameters"]}
    assert set(FACET_PARAMS) <= names


def test_atom_feed_lists_a_theme_newest_first(client, corpus):
    response = client.get("/zoeken/feed/", {"thema": "wonen"})

    feed = fromstring(response.content)
    titles = [entry.find(f"{ATOM}title").text for entry in feed.iter(f"{ATOM}entry")]
    assert response["Content-Type"].startswith("application/atom+xml")
    assert sorted(titles) == [
        "Ouderinitiatief met een persoonsgebonden budget",
        "Zorgcoöperatie Hoogeloon",
    ]


hostile_text = st.text(max_size=300)
parameters = st.dictionaries(
    st.sampled_from(["q", "pagina", "per_pagina", "sortering", *FACET_PARAMS, "x", ""]),
    st.text(max_size=50),
    max_size=6,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(params=parameters)
def test_random_parameters_never_break_the_page_or_the_api(client, corpus, params):
    # A NUL is refused for every URL (core.middleware); everything else is read leniently.
    expected = 400 if any("\x00" in key + value for key, value in params.items()) else 200
    assert client.get("/zoeken/", params).status_code == expected
    assert client.get("/api/v2/search/", params).status_code == expected


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=hostile_text)
def test_random_query_text_never_fails(corpus, text):
    from search.query import SearchQuery
    from search.service import search

    result = search(SearchQuery(text=text))

    assert result.total >= 0 and result.page >= 1
