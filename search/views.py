import time
from dataclasses import dataclass

from django.template.response import TemplateResponse
from django.utils.translation import get_language

from knowledge.models import KnowledgeIndexPage, Theme
from search.params import PARAMS_OF_FACET, params_for, query_from_params, without_value
from search.query import SearchResult
from search.service import search as run_search
from search.statistics import count_search


@dataclass(frozen=True)
class Chip:
    label: str
    facet_label: str
    remove_url: str


def chips_for(result: SearchResult) -> list[Chip]:
    chips = []
    for facet in result.facets:
        for value in facet.values:
            if value.selected:
                chips.append(
                    Chip(
                        value.label,
                        facet.label,
                        without_value(result.query, facet.name, value.value),
                    )
                )
    return chips


def search(request):
    language = get_language()
    query, ignored_params = query_from_params(request.GET, language)
    started = time.perf_counter()
    result = run_search(query)
    service_ms = (time.perf_counter() - started) * 1000
    count_search(request, result)
    context = {
        "result": result,
        "query_text": result.query.text[:200],
        "chips": chips_for(result),
        "param_names": PARAMS_OF_FACET,
        "ignored": ignored_params + result.ignored,
        "clear_url": params_for(query, filters={}),
        "feed_params": params_for(query, sort="relevance"),
        "sort_urls": {
            "relevance": params_for(query, sort="relevance"),
            "newest": params_for(query, sort="newest"),
        },
        "previous_url": params_for(query, page=result.page - 1) if result.page > 1 else None,
        "next_url": params_for(query, page=result.page + 1)
        if result.page < result.num_pages
        else None,
        "suggestion_url": params_for(query, text=result.suggestion) if result.suggestion else None,
        "without_filters_url": params_for(query, filters={}) if query.filters else None,
        # Staff only: residents get the same results without being told about machinery.
        "search_server_notice": request.user.is_staff and result.degraded,
        # The English page searches the English pages only, and says so.
        "searching_english": language == "en",
    }
    if not result.total:
        context["themes"] = Theme.objects.filter(locale__language_code=language)
        context["knowledge_index"] = (
            KnowledgeIndexPage.objects.live().filter(locale__language_code=language).first()
        )
    response = TemplateResponse(request, "search/search.html", context)
    # What the search service took of this page (scripts/load compares it with the page's time).
    response["Server-Timing"] = f"search;dur={service_ms:.1f}"
    return response
