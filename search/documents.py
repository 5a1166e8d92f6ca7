"""What goes into the search index for each kind of content."""

import re
from dataclasses import dataclass, field
from datetime import datetime, time
from html import unescape

from django.utils import timezone

from wagtail.models import Page

from academy.models import CoursePage, ModulePage
from knowledge.models import (
    CasePage,
    DocumentText,
    GlossaryTerm,
    Initiative,
    WhitepaperPage,
)
from uploads.models import UploadPage

# The facets every engine offers, in the order the search page shows them.
FACETS = [
    "type",
    "theme",
    "initiative_type",
    "province",
    "legal_form",
    "funding_source",
    "development_stage",
    "year",
]


@dataclass
class DocumentData:
    kind: str
    object_key: str
    locale_id: int
    url: str
    title: str
    summary: str = ""
    body: str = ""
    keywords: str = ""
    date: datetime | None = None
    page_id: int | None = None
    # When the page was first published (never moved by later edits): "new since" for alerts.
    first_published_at: datetime | None = None
    facets: dict[str, list[str]] = field(default_factory=dict)


TAG = re.compile(r"<[^>]+>")
# Keys of stored StreamField data that hold machinery, not text.
NOT_TEXT = {"type", "id", "anchor"}


def plain_text(html: str) -> str:
    return " ".join(unescape(TAG.sub(" ", html)).split())


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [
            text for key, item in value.items() if key not in NOT_TEXT for text in _strings(item)
        ]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    return []


def stream_text(stream) -> str:
    """The readable text of a StreamField from its stored data: no rendering, no renditions."""
    return " ".join(plain_text(text) for text in _strings(list(stream.raw_data)))


def localised_slugs(terms, locale_id: int) -> list[str]:
    """The slugs of these vocabulary terms in the document's locale, found by translation_key.

    A page may point at terms of another locale (an English case translated before its themes
    were, or one whose themes were chosen from the Dutch list): its facet keys still hold the
    slugs of its own locale, so the filters of that locale's search page find it. A term with
    no translation keeps its own slug.
    """
    terms = list(terms)
    foreign = [term for term in terms if term.locale_id != locale_id]
    translated: dict = {}
    if foreign:
        translated = dict(
            type(foreign[0])
            .objects.filter(
                locale_id=locale_id, translation_key__in=[term.translation_key for term in foreign]
            )
            .values_list("translation_key", "slug")
        )
    return sorted(
        {
            term.slug
            if term.locale_id == locale_id
            else translated.get(term.translation_key, term.slug)
            for term in terms
        }
    )


def _slugs(manager, locale_id: int) -> list[str]:
    return localised_slugs(manager.all(), locale_id)


def _slug(term, locale_id: int) -> list[str]:
    return localised_slugs([term], locale_id) if term is not None else []


def _page_fields(page: Page, kind: str) -> dict:
    """What every page's document says about the page itself."""
    return {
        "kind": kind,
        "object_key": f"page:{page.pk}",
        "page_id": page.pk,
        "locale_id": page.locale_id,
        "url": page.url or "",
        "title": page.title,
        "first_published_at": page.first_published_at,
    }


def _page_date(page: Page) -> datetime | None:
    return page.last_published_at or page.first_published_at


def _years(value: datetime | None) -> list[str]:
    return [str(value.year)] if value else []


def case_document(page: CasePage) -> DocumentData:
    date = _page_date(page)
    initiative = page.initiative
    return DocumentData(
        **_page_fields(page, "case"),
        summary=page.summary,
        body=" ".join(
            [
                stream_text(page.body),
                " ".join(block.value for block in page.what_worked),
                " ".join(block.value for block in page.lessons),
            ]
        ),
        keywords=" ".join(
            [
                page.search_keywords,
                " ".join(page.tags.names()),
                initiative.name if initiative else "",
                initiative.place if initiative else "",
                initiative.municipality if initiative else "",
            ]
        ),
        date=date,
        facets={
            "type": ["case"],
            "theme": _slugs(page.themes, page.locale_id),
            "initiative_type": _slug(page.initiative_type, page.locale_id),
            "province": _slug(page.province, page.locale_id),
            "legal_form": _slug(page.legal_form, page.locale_id),
            "funding_source": _slugs(page.funding_sources, page.locale_id),
            "development_stage": _slug(page.development_stage, page.locale_id),
            "year": _years(date),
        },
    )


def whitepaper_document(page: WhitepaperPage) -> DocumentData:
    date = (
        timezone.make_aware(datetime.combine(page.publication_date, time()))
        if page.publication_date
        else _page_date(page)
    )
    pdf_text = (
        DocumentText.objects.filter(document_id=page.pdf_id).values_list("text", flat=True).first()
        if page.pdf_id
        else None
    )
    return DocumentData(
        **_page_fields(page, "whitepaper"),
        summary=page.summary,
        body=" ".join(filter(None, [stream_text(page.chapters), pdf_text])),
        keywords=" ".join(
            [
                " ".join(block.value for block in page.organisations),
                " ".join(block.value for block in page.authors),
                " ".join(page.tags.names()),
            ]
        ),
        date=date,
        facets={
            "type": ["whitepaper"],
            "theme": _slugs(page.themes, page.locale_id),
            "year": _years(date),
        },
    )


def glossary_document(term: GlossaryTerm, glossary_url: str) -> DocumentData:
    return DocumentData(
        kind="glossary",
        object_key=f"glossary:{term.pk}",
        locale_id=term.locale_id,
        url=f"{glossary_url}#{term.slug}",
        title=term.term,
        summary=term.definition,
        keywords=" ".join(alias.text for alias in term.aliases.all()),
        facets={"type": ["glossary"], "theme": _slugs(term.themes, term.locale_id)},
    )


def initiative_document(initiative: Initiative, locale_id: int, url: str) -> DocumentData:
    place = ", ".join(filter(None, [initiative.place, initiative.municipality]))
    return DocumentData(
        kind="initiative",
        # One document per locale, so the key carries the locale.
        object_key=f"initiative:{initiative.pk}:{locale_id}",
        locale_id=locale_id,
        url=url,
        title=initiative.name,
        summary=place,
        keywords=" ".join(filter(None, [initiative.place, initiative.municipality])),
        facets={
            "type": ["initiative"],
            "initiative_type": _slug(initiative.initiative_type, locale_id),
            "province": _slug(initiative.province, locale_id),
            "legal_form": _slug(initiative.legal_form, locale_id),
        },
    )


def course_document(page: CoursePage) -> DocumentData:
    """The course's public description; sessions and registrations never go into the index."""
    date = _page_date(page)
    return DocumentData(
        **_page_fields(page, "course"),
        summary=page.intro,
        body=" ".join([stream_text(page.learning_goals), page.prerequisites]),
        keywords=" ".join(page.audiences.values_list("name", flat=True)),
        date=date,
        facets={
            "type": ["course"],
            "theme": _slugs(page.themes, page.locale_id),
            "year": _years(date),
        },
    )


def module_document(page: ModulePage) -> DocumentData:
    date = _page_date(page)
    course = page.get_parent().specific
    themes = _slugs(course.themes, page.locale_id) if isinstance(course, CoursePage) else []
    return DocumentData(
        **_page_fields(page, "module"),
        summary=page.intro,
        body=stream_text(page.body),
        keywords=course.title,
        date=date,
        facets={"type": ["module"], "theme": themes, "year": _years(date)},
    )


def upload_document(page: UploadPage) -> DocumentData:
    """Material from an initiative: its text is what was extracted from the files.

    The sender's contact details live on the submission, never on the page, so never here.
    """
    initiative = page.initiative
    return DocumentData(
        **_page_fields(page, "upload"),
        summary=page.description,
        body=page.extracted_text,
        keywords=" ".join(
            [
                str(page.get_material_type_display()),
                page.initiative_label,
                page.place,
                initiative.municipality if initiative else "",
            ]
        ),
        date=_page_date(page),
        facets={
            "type": ["upload"],
            "theme": _slugs(page.themes, page.locale_id),
            "province": _slug(page.province, page.locale_id),
            "initiative_type": _slug(initiative.initiative_type, page.locale_id)
            if initiative
            else [],
            "year": [str(page.year)],
        },
    )
