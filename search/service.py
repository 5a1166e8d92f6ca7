"""The search service: the one door to the search engines for views, the API and bundles."""

import math
from dataclasses import replace

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale

from modelsearch.utils import normalise_query_string

from knowledge.models import (
    DevelopmentStage,
    FundingSource,
    InitiativeType,
    LegalForm,
    Province,
    Theme,
)
from search import suggestions
from search import text as text_tools
from search.documents import FACETS
from search.engines.contract import EngineAnswer, EngineRequest, parse
from search.engines.selection import current_engine
from search.models import SearchDocument
from search.query import (
    MAX_PAGE_SIZE,
    MAX_RESULTS,
    Facet,
    FacetValue,
    Hit,
    SearchQuery,
    SearchResult,
)

KIND_LABELS = {
    "case": _("Case"),
    "whitepaper": _("Whitepaper"),
    "glossary": _("Glossary term"),
    "initiative": _("Initiative"),
    "upload": _("Material from initiatives"),
    "course": _("Course"),
    "module": _("Course module"),
}
FACET_LABELS = {
    "type": _("Kind of content"),
    "theme": _("Theme"),
    "initiative_type": _("Kind of initiative"),
    "province": _("Province"),
    "legal_form": _("Legal form"),
    "funding_source": _("Funding"),
    "development_stage": _("Stage"),
    "year": _("Year"),
}
VOCABULARIES = {
    "theme": Theme,
    "initiative_type": InitiativeType,
    "province": Province,
    "legal_form": LegalForm,
    "funding_source": FundingSource,
    "development_stage": DevelopmentStage,
}


LABELS_CACHE_SECONDS = 5 * 60
HIT_FIELDS = ("title", "url", "kind", "summary", "date", "facet_keys", "page_id")


def _labels(facet: str, locale: Locale | None) -> dict[str, str]:
    if facet == "type":
        return {kind: str(label) for kind, label in KIND_LABELS.items()}
    if facet not in VOCABULARIES or locale is None:
        return {}
    # Vocabularies change rarely; a renamed term shows its new name within minutes.
    key = f"search-labels:{facet}:{locale.pk}"
    labels = cache.get(key)
    if labels is None:
        labels = dict(VOCABULARIES[facet].objects.filter(locale=locale).values_list("slug", "name"))
        cache.set(key, labels, timeout=LABELS_CACHE_SECONDS)
    return labels


def _valid_filters(query: SearchQuery, labels: dict[str, dict[str, str]]):
    """Unknown facet names and values are dropped and reported, never an error."""
    filters: dict[str, tuple[str, ...]] = {}
    ignored: list[str] = []
    for facet, values in query.filters.items():
        if facet not in FACETS:
            ignored.append(facet)
            continue
        kept = []
        for value in values:
            known = (
                value.isdigit() and len(value) == 4 if facet == "year" else value in labels[facet]
            )
            if known:
                kept.append(value)
            else:
                ignored.append(f"{facet}={value}")
        if kept:
            filters[facet] = tuple(dict.fromkeys(kept))
    return filters, ignored


def filter_labels(query: SearchQuery) -> list[str]:
    """The chosen filters in words ("Financiering", "Gelderland"), in the search page's order;
    unknown values are left out, as the search leaves them out."""
    locale = Locale.objects.filter(language_code=query.locale).first()
    labels = {facet: _labels(facet, locale) for facet in FACETS}
    filters, _ignored = _valid_filters(query, labels)
    return [labels[facet].get(value, value) for facet in FACETS for value in filters.get(facet, ())]


def _facets(counts: dict[str, dict[str, int]], filters, labels) -> list[Facet]:
    """All values of every facet, by count then name; a selected value is shown even at 0."""
    facets = []
    for facet in FACETS:
        facet_counts = dict(counts.get(facet, {}))
        selected = set(filters.get(facet, ()))
        for value in selected - facet_counts.keys():
            facet_counts[value] = 0
        values = [
            FacetValue(value, labels[facet].get(value, value), count, value in selected)
            for value, count in facet_counts.items()
        ]
        values.sort(key=lambda v: (-v.count, v.label.lower()))
        if facet == "year":
            values.sort(key=lambda v: v.value, reverse=True)
        facets.append(Facet(facet, str(FACET_LABELS[facet]), values))
    return facets


def promoted_hits(text: str, locale: Locale | None) -> list[Hit]:
    """Editors' pins for this exact query (Wagtail search promotions); only indexed pages."""
    if not text or locale is None:
        return []
    # Looked up, never created: anonymous queries must not write rows.
    stored = Query.objects.filter(query_string=normalise_query_string(text)).first()
    if stored is None:
        return []
    hits = []
    for promotion in stored.editors_picks.select_related("page").order_by("sort_order"):
        if promotion.page_id:
            document = SearchDocument.objects.filter(
                page_id=promotion.page_id, locale=locale
            ).first()
            if document is None:
                continue
            title, url, kind = document.title, document.url, document.kind
            summary = promotion.description or document.summary
        else:
            title, url, kind = promotion.external_link_text, promotion.external_link_url, "link"
            summary = promotion.description
        hits.append(Hit(title, url, kind, str(KIND_LABELS.get(kind, "")), summary, "", None, {}))
    return hits


def _hits(answer: EngineAnswer) -> list[Hit]:
    # Only what a hit shows: bodies and vectors are large and stay in the database.
    documents = SearchDocument.objects.only(*HIT_FIELDS).in_bulk([pk for pk, _ in answer.ranked])
    hits = []
    for pk, score in answer.ranked:
        document = documents.get(pk)
        if document is None:  # removed between the engine's answer and this read
            continue
        hits.append(
            Hit(
                title=document.title,
                url=document.url,
                kind=document.kind,
                kind_label=str(KIND_LABELS.get(document.kind, document.kind)),
                summary=document.summary,
                snippet=answer.snippets.get(pk, ""),
                date=document.date,
                facets=document.facet_values(),
                score=score,
                page_id=document.page_id,
            )
        )
    return hits


def _filters_in(filters: dict[str, tuple[str, ...]], source: Locale, target: Locale):
    """The filters of one locale as the same terms of another, matched by translation_key."""
    mapped: dict[str, tuple[str, ...]] = {}
    for facet, values in filters.items():
        if facet not in VOCABULARIES:
            mapped[facet] = values
            continue
        model = VOCABULARIES[facet]
        keys = model.objects.filter(locale=source, slug__in=values).values("translation_key")
        slugs = model.objects.filter(locale=target, translation_key__in=keys).values_list(
            "slug", flat=True
        )
        # A term with no counterpart matches nothing there, as it would here.
        mapped[facet] = tuple(sorted(slugs)) or values
    return mapped


def _fallback(text: str, request: EngineRequest, engine, locale: Locale | None, page_size: int):
    """When a search in another language finds nothing: the first language's best matches."""
    source = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    if source is None or locale is None or source.pk == locale.pk or request.parsed.is_empty:
        return [], 0, ""
    answer = engine.search(
        replace(
            request,
            parsed=parse(text, source.language_code),
            language=source.language_code,
            locale_id=source.pk,
            filters=_filters_in(request.filters, locale, source),
            offset=0,
            limit=page_size,
        )
    )
    return _hits(answer), answer.total, source.language_code


def search(query: SearchQuery) -> SearchResult:
    text = text_tools.clean_query(query.text)
    locale = Locale.objects.filter(language_code=query.locale).first()
    labels = {facet: _labels(facet, locale) for facet in FACETS}
    filters, ignored = _valid_filters(query, labels)
    parsed = parse(text, query.locale)
    if locale:
        words = [group[0] for group in parsed.word_groups if " " not in group[0]]
        parsed = replace(parsed, corrections=suggestions.corrections(words, locale.pk))
    page_size = min(max(1, query.page_size), MAX_PAGE_SIZE)
    last_page = MAX_RESULTS // page_size
    page = min(max(1, query.page), last_page)
    request = EngineRequest(
        parsed=parsed,
        language=query.locale,
        locale_id=locale.pk if locale else 0,
        filters=filters,
        content_types=tuple(query.content_types),
        published_since=query.published_since,
        newest_first=query.sort == "newest",
        offset=(page - 1) * page_size,
        limit=page_size,
    )
    engine = current_engine()
    answer = engine.search(request)
    if not answer.ranked and page > 1:
        # Beyond the end: the last page instead of an empty one (page 1 when nothing matched).
        page = min(max(1, math.ceil(answer.total / page_size)), last_page)
        if answer.total:
            answer = engine.search(replace(request, offset=(page - 1) * page_size))
    suggestion = None
    if text and locale and answer.total < 3:
        suggestion = engine.suggest(text, request.language, request.locale_id)
    fallback_hits, fallback_total, fallback_language = (
        _fallback(text, request, engine, locale, page_size) if not answer.total else ([], 0, "")
    )
    return SearchResult(
        query=query,
        hits=_hits(answer),
        facets=_facets(answer.counts, filters, labels),
        total=answer.total,
        page=page,
        num_pages=min(max(1, math.ceil(answer.total / page_size)), last_page),
        suggestion=suggestion,
        ignored=ignored,
        promoted=promoted_hits(text, locale) if page == 1 else [],
        answered_by=answer.answered_by,
        degraded=answer.degraded,
        fallback_hits=fallback_hits,
        fallback_total=fallback_total,
        fallback_language=fallback_language,
    )
