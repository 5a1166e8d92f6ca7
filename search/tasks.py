"""Index updates run in the background (Celery in production, in-process in the demo)."""

from celery import shared_task

from core.tasks import TRANSIENT_ERRORS
from search import index

RETRY = {"autoretry_for": TRANSIENT_ERRORS, "retry_backoff": True, "max_retries": 5}


@shared_task(name="search.index_page", **RETRY)
def index_page(page_id: int) -> bool:
    return index.index_page(page_id)


@shared_task(name="search.index_page_tree", **RETRY)
def index_page_tree(page_id: int) -> int:
    """A page and everything below it: after a move or a privacy change."""
    from wagtail.models import Page

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


@shared_task(name="search.index_initiative", **RETRY)
def index_initiative(initiative_id: int) -> bool:
    return index.index_initiative(initiative_id)
