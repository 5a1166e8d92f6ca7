"""The typed contract of the search service: what goes in, what comes out."""

from dataclasses import dataclass, field
from datetime import datetime

SORTS = ("relevance", "newest")
MAX_PAGE_SIZE = 50
# The deepest result any engine serves (OpenSearch's default index.max_result_window); pages
# beyond it are clamped to the last one within, so no offset can overflow a query.
MAX_RESULTS = 10_000


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    sort: str = "relevance"
    page: int = 1
    page_size: int = 10
    locale: str = "nl"
    content_types: tuple[str, ...] = ()
    # Only pages first published at or after this moment (e-mail alerts: what is new).
    published_since: datetime | None = None


@dataclass(frozen=True)
class Hit:
    title: str
    url: str
    kind: str
    kind_label: str
    summary: str
    snippet: str  # safe HTML: escaped text with <mark> around matched words
    date: datetime | None
    facets: dict[str, list[str]]
    score: float = 0.0
    page_id: int | None = None  # the page behind a page's hit; None for snippets


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class Facet:
    name: str
    label: str
    values: list[FacetValue]


@dataclass(frozen=True)
class SearchResult:
    query: SearchQuery
    hits: list[Hit]
    facets: list[Facet]
    total: int
    page: int
    num_pages: int
    answered_by: str  # the engine: "postgresql", "portable", "opensearch2", ...
    # The search server failed and the database answered in its place.
    degraded: bool = False
    suggestion: str | None = None
    ignored: list[str] = field(default_factory=list)
    promoted: list[Hit] = field(default_factory=list)
    # Nothing in the language searched: the best matches in the site's first language instead
    # (shown below, marked as being in that language), and that language's code.
    fallback_hits: list[Hit] = field(default_factory=list)
    fallback_total: int = 0
    fallback_language: str = ""
