from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

pytestmark = pytest.mark.django_db


def test_search_page_shows_count_chips_and_highlights(client, corpus):
    response = client.get("/zoeken/", {"q": "zorgcoöperatie", "provincie": "noord-brabant"})

    content = response.content.decode()
    assert response.status_code == 200
    assert "1 resultaat voor ‘zorgcoöperatie’" in content
    assert 'class="chip" href="?q=zorgco%C3%B6peratie"' in content
    assert "Alles wissen" in content


def test_state_is_in_the_url_and_checkboxes_reflect_it(client, corpus):
    content = client.get("/zoeken/?thema=wonen&thema=financiering").content.decode()

    assert 'name="thema" value="wonen" checked' in content
    assert 'name="thema" value="financiering" checked' in content


def test_unknown_parameters_are_named_not_fatal(client, corpus):
    response = client.get("/zoeken/", {"kleur": "rood", "thema": "bestaat-niet", "pagina": "x"})

    assert response.status_code == 200
    assert "kleur" in response.content.decode()
    assert "theme=bestaat-niet" in response.content.decode()


def test_zero_results_offer_the_suggestion_and_the_themes(client, corpus):
    content = client.get("/zoeken/", {"q": "hoogelon", "provincie": "utrecht"}).content.decode()

    assert "Bedoelde u" in content
    assert "?q=hoogeloon&amp;provincie=utrecht" in content
    assert "Zoek opnieuw zonder filters" in content
    assert "/kennisbank/thema/financiering/" in content


@pytest.mark.parametrize("page_size", [1, 10, 50])
def test_search_page_makes_a_bounded_number_of_queries(client, corpus, page_size):
    with CaptureQueriesContext(connection) as queries:
        client.get("/zoeken/", {"q": "zorg", "per_pagina": page_size, "thema": "wonen"})

    assert len(queries) <= 30


def test_english_search_searches_english_content(client, corpus, english_case):
    response = client.get("/en/search/", {"q": "hoogeloon"})

    assert response.status_code == 200
    result = response.context["result"]
    assert (result.total, [hit.title for hit in result.hits]) == (1, [english_case.title])


def test_english_search_page_says_it_searches_the_english_pages(client, corpus, english_case):
    content = client.get("/en/search/", {"q": "hoogeloon"}).content.decode()

    assert "Searching the English pages." in content


def test_dutch_search_page_does_not_mention_the_english_pages(client, corpus):
    content = client.get("/zoeken/", {"q": "hoogeloon"}).content.decode()

    assert "Engelse pagina" not in content


def test_dutch_fallback_on_the_english_page_is_marked_as_dutch(client, corpus, english_case):
    content = client.get("/en/search/", {"q": "austerlitz"}).content.decode()

    assert "In Dutch: 1 page matches your search" in content
    assert '<h3 lang="nl"><a href="/kennisbank/' in content
    assert 'hreflang="nl">Austerlitz Zorgt</a></h3>' in content


def test_overlong_query_is_cut_to_200_characters(client, corpus):
    response = client.get("/zoeken/", {"q": "zorg " * 500})

    assert response.status_code == 200
    assert len(response.context["query_text"]) == 200


def test_nonsense_page_number_shows_the_first_page(client, corpus):
    response = client.get("/zoeken/", {"q": "zorg", "pagina": "niets"})

    assert response.status_code == 200
    assert response.context["result"].page == 1


def test_the_english_search_page_has_an_english_path_and_the_old_one_redirects(client):
    response = client.get("/en/zoeken/", {"q": "care", "pagina": 2})

    assert response.status_code == 301
    assert response["Location"] == "/en/search/?q=care&pagina=2"
