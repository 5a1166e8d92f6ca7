"""The search index: one document per searchable item per locale, with its facet values.

Wagtail's own index (modelsearch) keeps one entry per model and filters only on a model's own
fields; our facets are multi-valued (themes, funding sources) and span several content types,
so the search service keeps this denormalised table beside it. See docs/decisions/0005.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import models

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
    # Accent-folded, lightly stemmed words: the portable (SQLite) way to match.
    terms = models.TextField(blank=True)
    # PostgreSQL only: weighted tsvector (A title, B summary and keywords, C body).
    search_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        indexes = [models.Index(fields=["locale", "kind"])]

    def __str__(self) -> str:
        return self.title


class DocumentFacet(models.Model):
    """One facet value of a document; multi-valued facets have several rows."""

    document = models.ForeignKey(SearchDocument, on_delete=models.CASCADE, related_name="facets")
    facet = models.CharField(max_length=30)
    value = models.CharField(max_length=120)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["document", "facet", "value"], name="unique_facet_value"
            )
        ]
        indexes = [models.Index(fields=["facet", "value"])]

    def __str__(self) -> str:
        return f"{self.facet}={self.value}"
