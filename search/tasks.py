"""Index updates run in the background (Celery in production, in-process in the demo)."""

from wagtail.models import Page

from celery import shared_task

from core.tasks import TRANSIENT_ERRORS
from search import index, statistics, suggestions
from search.engines import lifecycle
from search.engines.client import server_configured, transport_errors

RETRY = {"autoretry_for": TRANSIENT_ERRORS, "retry_backoff": True, "max_retries": 5}


@shared_task(name="search.index_page", **RETRY)
def index_page(page_id: int) -> bool:
    return index.index_page(page_id)


@shared_task(name="search.index_page_tree", **RETRY)
def index_page_tree(page_id: int) -> int:
    """A page and everything below it: after a move or a privacy change."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return 0
    ids = [page.pk, *page.get_descendants().values_list("pk", flat=True)]
    for descendant_id in ids:
        index.index_page(descendant_id)
    return len(ids)


@shared_task(name="search.remove_page", **RETRY)
def remove_page(page_id: int) -> None:
    index.remove_page(page_id)


@shared_task(name="search.index_glossary_term", **RETRY)
def index_glossary_term(term_id: int) -> bool:
    return index.index_glossary_term(term_id)


@shared_task(name="search.refresh_vocabularies", ignore_result=True, **RETRY)
def refresh_vocabularies() -> None:
    suggestions.refresh_vocabularies()


@shared_task(name="search.index_initiative", **RETRY)
def index_initiative(initiative_id: int) -> bool:
    return index.index_initiative(initiative_id)


def _server_errors() -> tuple[type[BaseException], ...]:
    return (*TRANSIENT_ERRORS, *transport_errors())


SERVER_RETRY = {
    "autoretry_for": _server_errors(),
    "retry_backoff": True,
    "retry_backoff_max": 600,
    "max_retries": 10,
}


@shared_task(name="search.sync_documents", **SERVER_RETRY)
def sync_documents(document_ids: list[int]) -> int:
    """Make the search server's index match the table for these documents (idempotent)."""
    if not server_configured():
        return 0
    return lifecycle.sync(document_ids)


@shared_task(name="search.reconcile_search_server", **SERVER_RETRY)
def reconcile_search_server() -> int:
    """Periodic: check the index against the table and repair what drifted."""
    if not server_configured():
        return 0
    return sum(len(drift.ids) for drift in lifecycle.reconcile())


@shared_task(name="search.record_search", ignore_result=True, **RETRY)
def record_search(text: str, language: str, total: int, day: str) -> None:
    statistics.record_search(text, language, total, day)


@shared_task(name="search.purge_search_statistics")
def purge_search_statistics() -> int:
    return statistics.purge_old_counts()
