import pytest
from defusedxml.ElementTree import fromstring
from drf_spectacular.validation import validate_schema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search.documents import FACETS
from search.params import FACET_PARAMS, OTHER_PARAMS, SORT_PARAMS
from search.query import MAX_PAGE_SIZE
from search.service import KIND_LABELS
from search.text import MAX_QUERY_LENGTH
from tests.search.conftest import CORPUS_TITLES

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


def openapi_schema(client) -> dict:
    return client.get("/api/v2/search/openapi.json").json()


def search_parameters(schema: dict) -> dict[str, dict]:
    operation = schema["paths"]["/api/v2/search/"]["get"]
    return {parameter["name"]: parameter["schema"] for parameter in operation["parameters"]}


def resolved(schema: dict, part: dict) -> dict:
    """A schema object with its $ref followed, as often as it takes."""
    while "$ref" in part:
        part = schema["components"]["schemas"][part["$ref"].rsplit("/", 1)[1]]
    return part


def answer_schema(schema: dict) -> dict:
    response = schema["paths"]["/api/v2/search/"]["get"]["responses"]["200"]
    return resolved(schema, response["content"]["application/json"]["schema"])


def test_openapi_schema_names_every_parameter_the_api_reads(client):
    names = set(search_parameters(openapi_schema(client)))

    assert names == {*FACET_PARAMS, *OTHER_PARAMS, "locale"}


def test_openapi_schema_lists_every_kind_the_service_accepts(client):
    kinds = search_parameters(openapi_schema(client))["soort"]["items"]["enum"]

    assert sorted(kinds) == sorted(KIND_LABELS)


def test_openapi_schema_lists_the_sorts_locales_and_limits_of_the_service(client, settings):
    parameters = search_parameters(openapi_schema(client))

    assert parameters["sortering"]["enum"] == list(SORT_PARAMS)
    assert parameters["locale"]["enum"] == [code for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES]
    assert parameters["per_pagina"]["maximum"] == MAX_PAGE_SIZE
    assert parameters["q"]["maxLength"] == MAX_QUERY_LENGTH


def test_openapi_schema_describes_the_answer_the_api_gives(client, corpus):
    schema = openapi_schema(client)
    data = client.get("/api/v2/search/", {"q": "cooperatie"}).json()
    answer = answer_schema(schema)
    hit = resolved(schema, answer["properties"]["hits"]["items"])
    facet = resolved(schema, answer["properties"]["facets"]["items"])

    assert set(answer["properties"]) == set(data)
    assert set(resolved(schema, answer["properties"]["query"])["properties"]) == set(data["query"])
    assert set(hit["properties"]) == set(data["hits"][0])
    assert sorted(resolved(schema, hit["properties"]["kind"])["enum"]) == sorted(KIND_LABELS)
    assert set(facet["properties"]) == set(data["facets"][0])
    assert resolved(schema, facet["properties"]["name"])["enum"] == FACETS


def test_openapi_schema_is_a_valid_openapi_document(client):
    schema = openapi_schema(client)

    validate_schema(schema)
    assert schema["openapi"].startswith("3.")


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

    # The whole corpus fits on the first page, so every document found is on it.
    found = [hit.title for hit in result.hits]
    assert result.page == 1
    assert result.total == len(found) == len(set(found))
    assert set(found) <= CORPUS_TITLES


def test_english_answer_without_matches_carries_the_dutch_ones(client, corpus, english_case):
    data = client.get("/api/v2/search/", {"q": "austerlitz", "locale": "en"}).json()

    assert (data["total"], data["fallback_language"]) == (0, "nl")
    assert [hit["title"] for hit in data["fallback_hits"]] == ["Austerlitz Zorgt"]
