"""With the search server stopped mid-run: publishing goes on, the index catches up later."""

import time

import pytest

from search import tasks
from search.engines.client import client
from search.engines.mapping import alias_name
from search.models import SearchDocument
from tests.knowledge.factories import CasePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("spare_server")]


def publish_case(parent, title: str, capture) -> None:
    with capture(execute=True):
        CasePageFactory(parent=parent, title=title).save_revision().publish()


def indexed_count(language: str = "nl") -> int:
    return client().count(index=alias_name(language))["count"]


def test_publishing_succeeds_quickly_while_the_server_is_down(
    corpus, spare_node, django_capture_on_commit_callbacks
):
    spare_node.stop()
    started = time.monotonic()

    publish_case(corpus["index"], "Buurthuis De Linde", django_capture_on_commit_callbacks)

    assert time.monotonic() - started < 10
    assert SearchDocument.objects.filter(title="Buurthuis De Linde").exists()


def test_reconcile_after_the_server_returns_brings_the_index_in_line(
    corpus, spare_node, django_capture_on_commit_callbacks
):
    spare_node.stop()
    publish_case(corpus["index"], "Buurthuis De Linde", django_capture_on_commit_callbacks)
    spare_node.start()

    tasks.reconcile_search_server()

    assert indexed_count() == SearchDocument.objects.filter(locale__language_code="nl").count()
