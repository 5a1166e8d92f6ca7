"""The search state in the URL: Dutch parameter names, read leniently, written canonically."""

from urllib.parse import urlencode

from core.request_values import clamped_int
from core.text import one_line
from search.query import MAX_PAGE_SIZE, MAX_RESULTS, SearchQuery

# URL parameter (what people see) -> facet name (what the service knows).
FACET_PARAMS = {
    "soort": "type",
    "thema": "theme",
    "initiatief": "initiative_type",
    "provincie": "province",
    "rechtsvorm": "legal_form",
    "financiering": "funding_source",
    "fase": "development_stage",
    "jaar": "year",
}
PARAMS_OF_FACET = {facet: param for param, facet in FACET_PARAMS.items()}
SORT_PARAMS = {"relevantie": "relevance", "nieuwste": "newest"}
OTHER_PARAMS = {"q", "sortering", "pagina", "per_pagina"}
MAX_VALUES_PER_FACET = 20


def query_from_params(params, locale: str) -> tuple[SearchQuery, list[str]]:
    """Everything unknown is ignored and named, never an error."""
    filters = {}
    ignored = []
    for param in params:
        if param in FACET_PARAMS:
            values = [value for value in params.getlist(param) if value and value.isprintable()][
                :MAX_VALUES_PER_FACET
            ]
            if values:
                filters[FACET_PARAMS[param]] = tuple(values)
        elif param not in OTHER_PARAMS:
            ignored.append(param)
    sort = SORT_PARAMS.get(params.get("sortering", ""), "relevance")
    query = SearchQuery(
        text=one_line(params.get("q", "")),
        filters=filters,
        sort=sort,
        page=clamped_int(params.get("pagina"), 1, 1, MAX_RESULTS),
        page_size=clamped_int(params.get("per_pagina"), 10, 1, MAX_PAGE_SIZE),
        locale=locale,
    )
    return query, ignored


def params_for(query: SearchQuery, **changes) -> str:
    """The query string for this state with some changes; the canonical, shareable form."""
    text = changes.get("text", query.text)
    filters = changes.get("filters", query.filters)
    sort = changes.get("sort", query.sort)
    page = changes.get("page", 1)
    pairs = [("q", text)] if text else []
    for facet, values in filters.items():
        pairs += [(PARAMS_OF_FACET[facet], value) for value in values]
    if sort != "relevance":
        pairs.append(("sortering", "nieuwste"))
    if page > 1:
        pairs.append(("pagina", str(page)))
    return "?" + urlencode(pairs) if pairs else "?"


def without_value(query: SearchQuery, facet: str, value: str) -> str:
    filters = {
        name: tuple(v for v in values if not (name == facet and v == value))
        for name, values in query.filters.items()
    }
    return params_for(query, filters={name: values for name, values in filters.items() if values})
