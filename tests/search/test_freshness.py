"""Index updates travel through the real broker to a real worker, after the commit."""

import pytest

from search.query import SearchQuery
from search.service import search
from tests.core.test_tasks import wait_until
from tests.knowledge.factories import CasePageFactory, KnowledgeIndexPageFactory, ThemeFactory

pytestmark = [pytest.mark.celery, pytest.mark.django_db(transaction=True)]


def theme_count(result, slug: str) -> int:
    facet = next(f for f in result.facets if f.name == "theme")
    return next((value.count for value in facet.values if value.value == slug), 0)


def test_unpublished_case_disappears_from_results_and_counts(celery_worker, site_tree):
    index = KnowledgeIndexPageFactory(parent=site_tree.homes["nl"])
    theme = ThemeFactory(slug="vers", name="Vers")
    case = CasePageFactory(parent=index, title="Buurthuis Vers", themes=[theme])

    assert wait_until(lambda: search(SearchQuery(text="buurthuis")).total == 1)
    assert theme_count(search(SearchQuery()), "vers") == 1

    case.unpublish()

    assert wait_until(lambda: search(SearchQuery(text="buurthuis")).total == 0)
    assert theme_count(search(SearchQuery()), "vers") == 0
