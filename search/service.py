"""The search service: the one door to the search engines for views, the API and bundles."""

import difflib
import math
from collections import defaultdict

from django.core.cache import cache
from django.db.models import Count, F, QuerySet, Value, Window
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
from search import text as text_tools
from search.documents import FACETS
from search.engines import current_engine, parse
from search.models import DocumentFacet, SearchDocument
from search.query import MAX_PAGE_SIZE, SORTS, Facet, FacetValue, Hit, SearchQuery, SearchResult

KIND_LABELS = {
    "case": _("Case"),
    "whitepaper": _("Whitepaper"),
    "glossary": _("Glossary term"),
    "initiative": _("Initiative"),
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


def _apply_filters(documents: QuerySet, filters: dict[str, tuple[str, ...]], skip: str = ""):
    """Conjunctive across facets, disjunctive within one."""
    for facet, values in filters.items():
        if facet == skip:
            continue
        documents = documents.filter(
            id__in=DocumentFacet.objects.filter(facet=facet, value__in=values).values("document_id")
        )
    return documents


def _count(scope: QuerySet, facets: list[str]) -> dict[str, dict[str, int]]:
    rows = (
        DocumentFacet.objects.filter(facet__in=facets, document_id__in=scope.values("id"))
        .values_list("facet", "value")
        .annotate(count=Count("document_id"))
    )
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for facet, value, count in rows:
        counts[facet][value] = count
    return counts


def _facet_counts(matched, filters, labels) -> list[Facet]:
    """Facets without a selection share one counting query over the filtered set; a facet with
    a selection is counted over the set filtered by the other facets only (disjunctive)."""
    unselected = [facet for facet in FACETS if facet not in filters]
    all_counts = _count(_apply_filters(matched, filters), unselected) if unselected else {}
    for facet in filters:
        all_counts[facet] = _count(_apply_filters(matched, filters, skip=facet), [facet])[facet]
    facets = []
    for facet in FACETS:
        counts = dict(all_counts.get(facet, {}))
        selected = set(filters.get(facet, ()))
        for value in selected - counts.keys():
            counts[value] = 0
        values = [
            FacetValue(value, labels[facet].get(value, value), count, value in selected)
            for value, count in counts.items()
        ]
        values.sort(key=lambda v: (-v.count, v.label.lower()))
        if facet == "year":
            values.sort(key=lambda v: v.value, reverse=True)
        facets.append(Facet(facet, str(FACET_LABELS[facet]), values))
    return facets


def _vocabulary(locale: Locale) -> list[str]:
    key = f"search-vocabulary:{locale.pk}:{SearchDocument.objects.filter(locale=locale).count()}"
    words = cache.get(key)
    if words is None:
        found: set[str] = set()
        rows = SearchDocument.objects.filter(locale=locale).values_list(
            "title", "summary", "keywords"
        )
        for row in rows.iterator():
            found.update(word for word in text_tools.words(" ".join(row)) if len(word) > 3)
        words = sorted(found)
        cache.set(key, words, timeout=60 * 60)
    return words


def suggest(text: str, locale: Locale) -> str | None:
    """'Bedoelde u …': each unknown word replaced by the closest word in the index."""
    vocabulary = _vocabulary(locale)
    known = set(vocabulary)
    changed = False
    suggestion = []
    for word in text_tools.words(text):
        if word in known or word in text_tools.STOP_WORDS or len(word) <= 3:
            suggestion.append(word)
            continue
        close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75)
        if close and close[0] != word:
            suggestion.append(close[0])
            changed = True
        else:
            suggestion.append(word)
    return " ".join(suggestion) if changed else None


def _page_of(ordered: QuerySet, page: int, page_size: int) -> list[SearchDocument]:
    return list(ordered.prefetch_related("facets")[(page - 1) * page_size : page * page_size])


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


def search(query: SearchQuery) -> SearchResult:
    text = text_tools.clean_query(query.text)
    locale = Locale.objects.filter(language_code=query.locale).first()
    labels = {facet: _labels(facet, locale) for facet in FACETS}
    filters, ignored = _valid_filters(query, labels)
    documents = SearchDocument.objects.filter(locale=locale)
    if query.content_types:
        documents = documents.filter(kind__in=query.content_types)

    parsed = parse(text, query.locale)
    engine = current_engine()
    if parsed.is_empty:
        matched = documents.annotate(score=Value(0.0))
    else:
        matched = engine.match(documents, parsed, query.locale)
    filtered = _apply_filters(matched, filters)

    page_size = min(max(1, query.page_size), MAX_PAGE_SIZE)
    sort = query.sort if query.sort in SORTS else "relevance"
    newest_first = F("date").desc(nulls_last=True)
    if sort == "newest" or parsed.is_empty:
        ordering = [newest_first, "title"]
    else:
        ordering = ["-score", newest_first, "title"]
    # The total comes with the page (COUNT(*) OVER ()): one pass over the matches, not two.
    ordered = filtered.annotate(total=Window(Count("id"))).order_by(*ordering)
    page = max(1, query.page)
    rows = _page_of(ordered, page, page_size)
    if rows:
        total = rows[0].total
    else:
        total = filtered.count()
        if total and page > 1:
            # Beyond the end: the last page instead of an empty one.
            page = math.ceil(total / page_size)
            rows = _page_of(ordered, page, page_size)
    num_pages = max(1, math.ceil(total / page_size))
    snippets = engine.snippets([row.id for row in rows], parsed, query.locale)
    hits = []
    for row in rows:
        facet_values = defaultdict(list)
        for facet in row.facets.all():
            facet_values[facet.facet].append(facet.value)
        hits.append(
            Hit(
                title=row.title,
                url=row.url,
                kind=row.kind,
                kind_label=str(KIND_LABELS.get(row.kind, row.kind)),
                summary=row.summary,
                snippet=snippets.get(row.id, ""),
                date=row.date,
                facets=dict(facet_values),
                score=float(row.score or 0),
            )
        )
    suggestion = suggest(text, locale) if text and locale and total < 3 else None
    return SearchResult(
        query=query,
        hits=hits,
        facets=_facet_counts(matched, filters, labels),
        total=total,
        page=page,
        num_pages=num_pages,
        suggestion=suggestion,
        ignored=ignored,
        promoted=promoted_hits(text, locale) if page == 1 else [],
    )
