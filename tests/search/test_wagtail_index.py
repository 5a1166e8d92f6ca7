"""Wagtail's own search index (modelsearch) on the search server of the main run.

Not in the runs on the other servers: the Elasticsearch 8 node there is Elastic's
integration-test distribution, without the ngram tokenizer Wagtail's index settings use.
"""

from wagtail.search.backends import get_search_backend

import pytest

from config.settings.base import search_backends
from tests.search.conftest import SEARCH_NODE_URL, engine_for

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_server")]


def test_wagtails_own_index_takes_one_page_on_the_search_server(settings, search_node, home_page):
    """Wagtail indexes each saved object on its own; with opensearch-py 3 that raised TypeError."""
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        engine_for(search_node), [SEARCH_NODE_URL], settings.SEARCH_INDEX_PREFIX
    )
    backend = get_search_backend()
    index = backend.get_index_for_model(type(home_page))
    index.put()
    index.add_model(type(home_page))

    backend.add(home_page)
    index.refresh()

    assert list(backend.search(home_page.title, type(home_page))) == [home_page]
