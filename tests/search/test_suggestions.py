"""The known words behind 'Bedoelde u' and typo tolerance: cached, refreshed in the background."""

from django.core.cache import cache

from wagtail.models import Locale

import pytest

from search import suggestions

pytestmark = pytest.mark.django_db


@pytest.fixture
def dutch(corpus) -> int:
    return Locale.objects.get(language_code="nl").pk


def rename(page, title, capture) -> None:
    page.title = title
    with capture(execute=True):
        page.save_revision().publish()


def test_a_search_reads_the_table_only_while_the_cache_is_cold(dutch, django_assert_num_queries):
    suggestions.vocabulary(dutch)

    with django_assert_num_queries(0):
        assert "hoogeloon" in suggestions.vocabulary(dutch)


def test_a_committed_change_has_the_words_read_again(
    dutch, corpus, django_capture_on_commit_callbacks
):
    suggestions.vocabulary(dutch)

    rename(
        corpus["austerlitz"], "Austerlitz Zorgt en Wellerlooi", django_capture_on_commit_callbacks
    )

    assert "wellerlooi" in suggestions.vocabulary(dutch)


def test_a_change_while_a_refresh_waits_leaves_it_to_that_refresh(
    dutch, corpus, django_capture_on_commit_callbacks
):
    suggestions.vocabulary(dutch)
    cache.set(suggestions.REFRESH_PENDING_KEY, True)

    rename(
        corpus["austerlitz"], "Austerlitz Zorgt en Wellerlooi", django_capture_on_commit_callbacks
    )
    assert "wellerlooi" not in suggestions.vocabulary(dutch)

    suggestions.refresh_vocabularies()  # the refresh that was waiting
    assert "wellerlooi" in suggestions.vocabulary(dutch)
    assert cache.get(suggestions.REFRESH_PENDING_KEY) is None
