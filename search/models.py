"""The search index: one document per searchable item per locale, with its facet values.

Wagtail's own index (modelsearch) keeps one entry per model and filters only on a model's own
fields; our facets are multi-valued (themes, funding sources) and span several content types,
so the search service keeps this denormalised table beside it. See docs/decisions/0005.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page


class SearchDocument(models.Model):
    # What it is: a page (case, whitepaper, ...) or a snippet (glossary term, initiative).
    kind = models.CharField(max_length=30, db_index=True)
    object_key = models.CharField(max_length=80, unique=True)
    page = models.ForeignKey(
        Page, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    locale = models.ForeignKey(Locale, on_delete=models.CASCADE, related_name="+")
    url = models.CharField(max_length=500)
    title = models.CharField(max_length=300)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    keywords = models.TextField(blank=True)
    date = models.DateTimeField(null=True, blank=True, db_index=True)
    # Pages only: the first publication, which later edits do not move ("new since" for alerts).
    first_published_at = models.DateTimeField(null=True, blank=True, db_index=True)
    # Accent-folded, lightly stemmed words: the portable (SQLite) way to match.
    terms = models.TextField(blank=True)
    # Every facet value as " facet:value " tokens: filters and counts read the document's own
    # row, so counting the matches of a broad query needs no join.
    facet_keys = models.TextField(blank=True)
    # PostgreSQL only: weighted tsvector (A title, B summary and keywords, C body) for matching,
    # and a small one of title and summary alone that stays in the row (not TOASTed), so that
    # ordering thousands of matches does not read every body.
    search_vector = SearchVectorField(null=True, editable=False)
    head_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        indexes = [models.Index(fields=["locale", "kind"])]

    def __str__(self) -> str:
        return self.title

    def facet_values(self) -> dict[str, list[str]]:
        return decode_facets(self.facet_keys)


def facet_key(facet: str, value: str) -> str:
    return f"{facet}:{value}"


def encode_facets(facets: dict[str, list[str]]) -> str:
    keys = dict.fromkeys(
        facet_key(facet, value) for facet, values in facets.items() for value in values
    )
    return f" {' '.join(keys)} " if keys else ""


def decode_facets(keys: str) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for key in keys.split():
        facet, _, value = key.partition(":")
        values.setdefault(facet, []).append(value)
    return values


class SearchTermDay(models.Model):
    """How often a search was made on one day, and how often it found nothing.

    Only the normalised words, the language and the day: never who searched, from where, or
    anything they typed beyond the query. Kept for SEARCH_STATISTICS_DAYS, then deleted.
    """

    day = models.DateField(_("day"))
    language = models.CharField(_("language"), max_length=8)
    text = models.CharField(_("search term"), max_length=200)
    searches = models.PositiveIntegerField(_("searches"), default=0)
    zero_hit_searches = models.PositiveIntegerField(_("searches without results"), default=0)

    class Meta:
        verbose_name = _("search term per day")
        verbose_name_plural = _("search terms per day")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "language", "text"], name="one_count_per_term_per_day"
            )
        ]

    def __str__(self) -> str:
        return f"{self.day} {self.language} {self.text}"
