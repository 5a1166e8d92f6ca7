"""Read side of the initiatives directory: the query, its facets and the map's counts.

One source of truth: the Initiatievenkaart, the table beside it, the province CSV and the
directory's province filter all take their numbers from ``province_counts``.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Count, Q, QuerySet

from wagtail.models import Locale

from core.text import fold
from knowledge.models import (
    CasePage,
    Initiative,
    InitiativeIndexPage,
    InitiativeType,
    LegalForm,
    Province,
    Theme,
)

PAGE_SIZE = 20
MAX_QUERY_LENGTH = 200
MAX_PAGE = 10_000

# URL parameter -> facet; the same Dutch names as the search page.
FILTER_PARAMS = {
    "provincie": "province",
    "soort": "initiative_type",
    "rechtsvorm": "legal_form",
    "thema": "theme",
    "statuut": "statute",
}
# The Register Bijzonder Statuut is a yes/no filter: one value, ``?statuut=ja``.
STATUTE_VALUE = "ja"
SORTS = {"naam": "name", "plaats": "place"}
ORDERINGS = {"name": ("name", "place"), "place": ("place", "name")}


@dataclass(frozen=True)
class DirectoryQuery:
    text: str = ""
    province: tuple[str, ...] = ()
    initiative_type: tuple[str, ...] = ()
    legal_form: tuple[str, ...] = ()
    theme: tuple[str, ...] = ()
    statute: tuple[str, ...] = ()
    sort: str = "name"
    page: int = 1

    @property
    def is_filtered(self) -> bool:
        """A search or a filter: a view search engines should not index."""
        return bool(self.text or any(getattr(self, facet) for facet in FILTER_PARAMS.values()))

    def selected(self, facet: str) -> tuple[str, ...]:
        return getattr(self, facet)

    def params(self) -> list[tuple[str, str]]:
        """The query as URL parameters, in a stable order (page 1 and the default sort left out)."""
        pairs: list[tuple[str, str]] = []
        if self.text:
            pairs.append(("q", self.text))
        for param, facet in FILTER_PARAMS.items():
            pairs += [(param, slug) for slug in getattr(self, facet)]
        if self.sort != "name":
            pairs.append(("sortering", "plaats"))
        if self.page > 1:
            pairs.append(("pagina", str(self.page)))
        return pairs

    def query_string(self, **changes) -> str:
        pairs = replace(self, **changes).params()
        return f"?{urlencode(pairs)}" if pairs else ""


def _page_number(value: str | None) -> int:
    try:
        number = int(value or 1)
    except ValueError:
        return 1
    return min(max(number, 1), MAX_PAGE)


def directory_query(params: Mapping[str, Sequence[str]]) -> DirectoryQuery:
    """Turn URL parameters (a dict of lists, as ``QueryDict.lists()`` gives) into a query.

    Unknown parameters and values that are no slug are dropped, never an error.
    """

    def first(name: str) -> str:
        values = params.get(name) or [""]
        return values[0]

    def slugs(name: str) -> tuple[str, ...]:
        values = params.get(name) or []
        clean = {value.strip() for value in values if value.strip().replace("-", "").isalnum()}
        return tuple(sorted(clean))

    facets = {facet: slugs(param) for param, facet in FILTER_PARAMS.items()}
    facets["statute"] = (STATUTE_VALUE,) if STATUTE_VALUE in facets["statute"] else ()
    return DirectoryQuery(
        text=" ".join(first("q").split())[:MAX_QUERY_LENGTH],
        sort=SORTS.get(first("sortering"), "name"),
        page=_page_number(first("pagina")),
        **facets,
    )


def default_directory_page() -> InitiativeIndexPage | None:
    """The public directory in the site's first language: where the API and mails link to."""
    return (
        InitiativeIndexPage.objects.live()
        .public()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .first()
    )


def published_initiatives() -> QuerySet[Initiative]:
    return Initiative.objects.filter(published=True)


def _with_statute() -> Q:
    """In the Register Bijzonder Statuut: a date of registration and principles
    (``Initiative.has_statute`` says the same for one entry)."""
    return Q(statute_registered__isnull=False) & ~Q(statute_principles="")


def _live_cases() -> QuerySet[CasePage]:
    return CasePage.objects.live().public()


def _text_filter(text: str) -> Q:
    """Every word in the name, place or municipality, accents and case aside."""
    condition = Q()
    for word in fold(text).split():
        condition &= Q(folded_text__contains=word)
    return condition


def _facet_filter(facet: str, slugs: tuple[str, ...]) -> Q:
    if facet == "statute":
        return _with_statute()
    if facet == "theme":
        with_theme = _live_cases().filter(themes__slug__in=slugs).values("initiative_id")
        return Q(id__in=with_theme)
    return Q(**{f"{facet}__slug__in": slugs})


def _filtered(query: DirectoryQuery, *, without: str | None = None) -> QuerySet[Initiative]:
    """Published initiatives matching the query; ``without`` leaves one facet's filter out,
    so each facet counts what choosing one of its values would give (facets are "or")."""
    initiatives = published_initiatives()
    if query.text:
        initiatives = initiatives.filter(_text_filter(query.text))
    for facet in FILTER_PARAMS.values():
        if facet != without and query.selected(facet):
            initiatives = initiatives.filter(_facet_filter(facet, query.selected(facet)))
    return initiatives


@dataclass(frozen=True)
class FacetValue:
    slug: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class Facet:
    name: str
    param: str
    label: str
    values: list[FacetValue] = field(default_factory=list)

    @property
    def has_selection(self) -> bool:
        return any(value.selected for value in self.values)


def _labels(model, locale: Locale) -> dict[str, str]:
    """slug -> name, in the locale where the vocabulary has it, else in the default one."""
    labels: dict[str, str] = {}
    for term in model.objects.select_related("locale").order_by("name"):
        if term.locale_id == locale.pk or term.slug not in labels:
            labels[term.slug] = term.name
    return labels


VOCABULARY = {
    "province": Province,
    "initiative_type": InitiativeType,
    "legal_form": LegalForm,
    "theme": Theme,
}


def _counts(query: DirectoryQuery, facet: str) -> dict[str, int]:
    initiatives = _filtered(query, without=facet)
    if facet == "theme":
        rows = (
            _live_cases()
            .filter(initiative__in=initiatives, themes__isnull=False)
            .values_list("themes__slug")
            .annotate(count=Count("initiative", distinct=True))
        )
    else:
        rows = (
            initiatives.filter(**{f"{facet}__isnull": False})
            .values_list(f"{facet}__slug")
            .annotate(count=Count("id", distinct=True))
        )
    return dict(rows)


def _statute_facet(query: DirectoryQuery, label: str, value_label: str) -> Facet:
    """One checkbox, shown when an initiative in the view is registered (or it is ticked)."""
    count = _filtered(query, without="statute").filter(_with_statute()).count()
    selected = bool(query.statute)
    values = [FacetValue(STATUTE_VALUE, value_label, count, selected)] if count or selected else []
    return Facet("statute", "statuut", label, values)


def facet(query: DirectoryQuery, name: str, locale: Locale, label: str) -> Facet:
    """Every value of the vocabulary that has initiatives (all twelve provinces always)."""
    counts = _counts(query, name)
    selected = set(query.selected(name))
    labels = _labels(VOCABULARY[name], locale)
    values = [
        FacetValue(slug, labels[slug], counts.get(slug, 0), slug in selected)
        for slug in sorted(labels, key=lambda slug: labels[slug].lower())
        if name == "province" or counts.get(slug) or slug in selected
    ]
    param = next(param for param, facet in FILTER_PARAMS.items() if facet == name)
    return Facet(name, param, label, values)


@dataclass(frozen=True)
class ProvinceCount:
    slug: str
    name: str
    count: int


def province_counts(locale: Locale, query: DirectoryQuery | None = None) -> list[ProvinceCount]:
    """The number of published initiatives per province, all twelve, by name.

    The directory's province filter shows these numbers; the map, its table and the CSV ask
    for them with the unfiltered query.
    """
    province_facet = facet(query or DirectoryQuery(), "province", locale, "")
    return [ProvinceCount(value.slug, value.label, value.count) for value in province_facet.values]


@dataclass(frozen=True)
class DirectoryResult:
    query: DirectoryQuery
    page: PaginatorPage
    total: int
    facets: list[Facet]


def search_directory(
    query: DirectoryQuery,
    locale: Locale,
    facet_labels: Mapping[str, str],
    statute_labels: tuple[str, str] | None = None,
) -> DirectoryResult:
    """The page of initiatives and the facets named in ``facet_labels`` (vocabularies) and,
    given ``statute_labels`` (heading, checkbox label), the Bijzonder Statuut filter."""
    initiatives = (
        _filtered(query)
        .select_related("province", "initiative_type", "legal_form")
        .order_by(*ORDERINGS[query.sort])
    )
    paginator = Paginator(initiatives, PAGE_SIZE)
    page = paginator.get_page(query.page)
    return DirectoryResult(
        query=query,
        page=page,
        total=paginator.count,
        facets=[
            *(facet(query, name, locale, label) for name, label in facet_labels.items()),
            *([_statute_facet(query, *statute_labels)] if statute_labels else []),
        ],
    )


TERM_FIELDS = ("province", "initiative_type", "legal_form")


def term_labels(locale: Locale) -> dict[str, dict[str, str]]:
    """Per vocabulary, slug -> name in ``locale`` (or the default locale): three queries."""
    return {name: _labels(VOCABULARY[name], locale) for name in TERM_FIELDS}


def localised_terms(initiative: Initiative, labels: dict[str, dict[str, str]]) -> dict[str, str]:
    """The initiative's province, type and legal form named as ``term_labels`` names them."""
    names = {}
    for name in TERM_FIELDS:
        term = getattr(initiative, name)
        if term is not None:
            names[name] = labels[name].get(term.slug, term.name)
    return names


def cases_of(initiative: Initiative, locale: Locale) -> list[CasePage]:
    """Its live cases in the locale; where it has none there, those in any locale."""
    cases = _live_cases().filter(initiative=initiative).select_related("locale").order_by("title")
    in_locale = [case for case in cases if case.locale_id == locale.pk]
    return in_locale or list(cases)
