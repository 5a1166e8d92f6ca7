"""With the search server stopped mid-run, searches answer from the database."""

import logging

import pytest

from search.query import SearchQuery
from search.service import search

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("spare_server")]


def test_search_answers_from_the_database_when_the_server_stops(corpus, spare_node):
    spare_node.stop()

    result = search(SearchQuery(text="cooperatie"))

    assert "Austerlitz Zorgt" in [hit.title for hit in result.hits]
    assert result.degraded


def test_a_search_slower_than_the_query_timeout_is_answered_from_the_database(corpus, settings):
    settings.SEARCH_QUERY_TIMEOUT = 0.001

    result = search(SearchQuery(text="cooperatie"))

    assert "Austerlitz Zorgt" in [hit.title for hit in result.hits]
    assert result.degraded


def test_a_typo_gets_a_suggestion_from_the_database_when_the_server_stops(corpus, spare_node):
    spare_node.stop()

    result = search(SearchQuery(text="hoogelon"))

    assert result.suggestion == "hoogeloon"


def test_an_outage_is_logged_once(corpus, spare_node, caplog):
    spare_node.stop()

    with caplog.at_level(logging.WARNING, logger="search.engines.engine"):
        search(SearchQuery(text="cooperatie"))
        search(SearchQuery(text="zeist"))

    assert len([r for r in caplog.records if r.name == "search.engines.engine"]) == 1


def test_staff_see_the_notice_and_residents_do_not(corpus, spare_node, client, admin_user):
    spare_node.stop()

    resident_page = client.get("/zoeken/?q=cooperatie").content.decode()
    client.force_login(admin_user)
    staff_page = client.get("/zoeken/?q=cooperatie").content.decode()

    assert 'class="notice"' in staff_page
    assert 'class="notice"' not in resident_page
