"""Read-side queries of the knowledge base, so pages and templates stay thin."""

from dataclasses import dataclass
from itertools import groupby

from django.db.models import Count, Q

from wagtail.models import Locale, Page

from knowledge.models import CasePage, GlossaryTerm, MonitorPage, Theme, WhitepaperPage

RELATED_CASES_LIMIT = 4
NEWEST_LIMIT = 6


def published(model, index_page: Page):
    return model.objects.live().public().descendant_of(index_page).filter(locale=index_page.locale)


def newest(index_page: Page, model) -> list[Page]:
    return list(published(model, index_page).order_by("-first_published_at")[:NEWEST_LIMIT])


@dataclass(frozen=True)
class TermCount:
    term: Theme
    count: int


def theme_counts(index_page: Page) -> list[TermCount]:
    """Every theme of the locale with the number of live cases and whitepapers carrying it."""
    case_ids = published(CasePage, index_page).values("id")
    whitepaper_ids = published(WhitepaperPage, index_page).values("id")
    themes = Theme.objects.filter(locale=index_page.locale).annotate(
        cases=Count("casepage", filter=Q(casepage__id__in=case_ids), distinct=True),
        whitepapers=Count(
            "whitepaperpage", filter=Q(whitepaperpage__id__in=whitepaper_ids), distinct=True
        ),
    )
    return [TermCount(theme, theme.cases + theme.whitepapers) for theme in themes]


def content_with(index_page: Page, lookup: str, slug: str) -> list[Page]:
    """Live cases (and whitepapers, where the field exists) whose vocabulary field matches."""
    items: list[Page] = list(published(CasePage, index_page).filter(**{lookup: slug}).distinct())
    if lookup.split("__")[0] in {field.name for field in WhitepaperPage._meta.get_fields()}:
        items += list(published(WhitepaperPage, index_page).filter(**{lookup: slug}).distinct())
    return sorted(items, key=lambda page: page.title.lower())


def related_cases(case: CasePage) -> list[CasePage]:
    """The editor's choice first, then live cases sharing the most themes, newest first."""
    chosen = [
        link.related_case
        for link in case.related_case_links.select_related("related_case")
        if link.related_case.live
    ]
    theme_ids = list(case.themes.values_list("id", flat=True))
    remaining = RELATED_CASES_LIMIT - len(chosen)
    automatic: list[CasePage] = []
    if theme_ids and remaining > 0:
        automatic = list(
            CasePage.objects.live()
            .public()
            .filter(locale=case.locale, themes__in=theme_ids)
            .exclude(id__in=[case.id, *(page.id for page in chosen)])
            .annotate(shared=Count("themes", filter=Q(themes__in=theme_ids)))
            .order_by("-shared", "-first_published_at")[:remaining]
        )
    return chosen + automatic


def glossary_by_letter(locale: Locale) -> list[tuple[str, list[GlossaryTerm]]]:
    terms = sorted(
        GlossaryTerm.objects.filter(locale=locale).prefetch_related("aliases"),
        key=lambda term: (term.initial, term.term.lower()),
    )
    return [(letter, list(group)) for letter, group in groupby(terms, key=lambda t: t.initial)]


def monitor_page(locale: Locale) -> MonitorPage | None:
    """The live Monitor page of a language, for the map to point to its figures per edition."""
    return MonitorPage.objects.live().filter(locale=locale).first()
