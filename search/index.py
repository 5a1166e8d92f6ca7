"""Keeps the search index in step with the content. Only live, public content goes in."""

from collections.abc import Iterator

from django.db import connection, transaction

from wagtail.models import Locale, Page

from academy.models import CoursePage, ModulePage
from knowledge.models import (
    CasePage,
    GlossaryPage,
    GlossaryTerm,
    Initiative,
    InitiativeIndexPage,
    WhitepaperPage,
)
from search import documents, suggestions
from search.models import SearchDocument, encode_facets
from search.text import normalize, terms
from uploads.models import UploadPage

TEXT_SEARCH_CONFIGS = {"nl": "nlzve_dutch", "en": "nlzve_english"}
PAGE_BUILDERS = {
    CasePage: documents.case_document,
    WhitepaperPage: documents.whitepaper_document,
    UploadPage: documents.upload_document,
    CoursePage: documents.course_document,
    ModulePage: documents.module_document,
}


def text_search_config(language_code: str) -> str:
    return TEXT_SEARCH_CONFIGS.get(language_code, "simple")


def is_public(page: Page) -> bool:
    return page.live and not page.get_view_restrictions().exists()


def page_document(page: Page) -> documents.DocumentData | None:
    page = page.specific
    builder = PAGE_BUILDERS.get(type(page))
    if builder is None or not is_public(page):
        return None
    return builder(page)


def glossary_documents(term: GlossaryTerm) -> list[documents.DocumentData]:
    glossary = GlossaryPage.objects.live().public().filter(locale_id=term.locale_id).first()
    if glossary is None:
        return []
    return [documents.glossary_document(term, glossary.url)]


def initiative_documents(initiative: Initiative) -> list[documents.DocumentData]:
    """A published initiative is found by name and place, in each locale whose directory is
    live, and leads to its page there (its cases and uploads are found on their own)."""
    if not initiative.published:
        return []
    return [
        documents.initiative_document(
            initiative, directory.locale_id, directory.initiative_url(initiative)
        )
        for directory in InitiativeIndexPage.objects.live().public()
    ]


def write(data: documents.DocumentData) -> SearchDocument:
    language = Locale.objects.get(pk=data.locale_id).language_code
    document, _ = SearchDocument.objects.update_or_create(
        object_key=data.object_key,
        defaults={
            "kind": data.kind,
            "page_id": data.page_id,
            "locale_id": data.locale_id,
            "url": data.url,
            "title": data.title,
            "summary": data.summary,
            "body": data.body,
            "keywords": data.keywords,
            "date": data.date,
            "first_published_at": data.first_published_at,
            "facet_keys": encode_facets(data.facets),
            "terms": " ".join(
                terms(" ".join([data.title, data.summary, data.keywords, data.body]), language)
            ),
        },
    )
    if connection.vendor == "postgresql":
        _write_vector(document, language)
    return document


# The full vector (matching, final ranking) and the head vector (ranking many matches cheaply).
VECTORS_SQL = """
    UPDATE search_searchdocument SET
        search_vector = setweight(to_tsvector(%(config)s::regconfig, {title}), 'A')
            || setweight(to_tsvector(%(config)s::regconfig, {summary}), 'B')
            || setweight(to_tsvector(%(config)s::regconfig, {body}), 'C'),
        head_vector = setweight(to_tsvector(%(config)s::regconfig, {title}), 'A')
            || setweight(to_tsvector(%(config)s::regconfig, {summary}), 'B')
    WHERE {where}
"""


def _write_vector(document: SearchDocument, language: str) -> None:
    """The vectors in the configuration of the document's own language (nl: 'dutch',
    en: 'english', both with accents folded)."""
    with connection.cursor() as cursor:
        cursor.execute(
            VECTORS_SQL.format(
                title="%(title)s", summary="%(summary)s", body="%(body)s", where="id = %(id)s"
            ),
            {
                "config": text_search_config(language),
                "id": document.pk,
                "title": normalize(document.title, language),
                "summary": normalize(f"{document.summary} {document.keywords}", language),
                "body": normalize(document.body, language),
            },
        )


def remove(object_key: str) -> None:
    SearchDocument.objects.filter(object_key=object_key).delete()


def remove_page(page_id: int) -> None:
    remove(f"page:{page_id}")
    suggestions.vocabulary_changed()


def remove_keys_with_prefix(prefix: str) -> None:
    SearchDocument.objects.filter(object_key__startswith=prefix).delete()


@transaction.atomic
def index_page(page_id: int) -> bool:
    page = Page.objects.filter(pk=page_id).first()
    data = page_document(page) if page else None
    suggestions.vocabulary_changed()
    if data is None:
        remove(f"page:{page_id}")
        return False
    write(data)
    if isinstance(page.specific, CasePage) and page.specific.initiative_id:
        index_initiative(page.specific.initiative_id)
    return True


@transaction.atomic
def index_glossary_term(term_id: int) -> bool:
    term = GlossaryTerm.objects.filter(pk=term_id).prefetch_related("aliases").first()
    found = glossary_documents(term) if term else []
    remove(f"glossary:{term_id}")
    suggestions.vocabulary_changed()
    for data in found:
        write(data)
    return bool(found)


@transaction.atomic
def index_initiative(initiative_id: int) -> bool:
    initiative = Initiative.objects.filter(pk=initiative_id).first()
    remove_keys_with_prefix(f"initiative:{initiative_id}:")
    suggestions.vocabulary_changed()
    found = initiative_documents(initiative) if initiative else []
    for data in found:
        write(data)
    return bool(found)


def all_documents() -> Iterator[documents.DocumentData]:
    for model in PAGE_BUILDERS:
        for page in model.objects.live().public():
            data = page_document(page)
            if data is not None:
                yield data
    for term in GlossaryTerm.objects.prefetch_related("aliases"):
        yield from glossary_documents(term)
    for initiative in Initiative.objects.all():
        yield from initiative_documents(initiative)


@transaction.atomic
def rebuild() -> int:
    """Everything from scratch, in one transaction: searches see the old index until it commits."""
    SearchDocument.objects.all().delete()
    suggestions.vocabulary_changed()
    count = 0
    for data in all_documents():
        write(data)
        count += 1
    return count
