"""Read-only API (Wagtail API v2): vocabularies, glossary terms and the initiatives directory.

Pages, images and documents use Wagtail's own endpoints, which serve only live, public
pages. Nothing here carries personal data: feedback and registrations have no endpoint.
Every endpoint pages with ``BoundedPagination``.
"""

from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from knowledge.directory import default_directory_page
from knowledge.models import (
    DevelopmentStage,
    FundingSource,
    GlossaryTerm,
    Initiative,
    InitiativeType,
    LegalForm,
    Province,
    Theme,
)

# Far beyond any listing here, and far below what PostgreSQL's bigint OFFSET accepts.
MAX_OFFSET = 1_000_000


class BoundedPagination(WagtailPagination):
    """Wagtail's paging, with an offset a query can take (a huge one is a clear 400)."""

    def paginate_queryset(self, queryset, request, view=None):
        try:
            too_far = int(request.GET.get("offset", 0)) > MAX_OFFSET
        except ValueError:
            too_far = False  # not a number: Wagtail's own check answers 400
        if too_far:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")
        return super().paginate_queryset(queryset, request, view)


class BoundedPagesAPIViewSet(PagesAPIViewSet):
    pagination_class = BoundedPagination


class BoundedImagesAPIViewSet(ImagesAPIViewSet):
    pagination_class = BoundedPagination


class BoundedDocumentsAPIViewSet(DocumentsAPIViewSet):
    pagination_class = BoundedPagination


class VocabularyAPIViewSet(BaseAPIViewSet):
    pagination_class = BoundedPagination
    body_fields = [*BaseAPIViewSet.body_fields, "slug", "name", "description"]
    listing_default_fields = [*BaseAPIViewSet.listing_default_fields, "slug", "name"]
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union({"locale"})
    ordering = "name"

    def get_queryset(self):
        queryset = self.model.objects.select_related("locale").order_by(self.ordering)
        locale = self.request.GET.get("locale")
        if locale:
            queryset = queryset.filter(locale__language_code=locale)
        return queryset


def vocabulary_endpoint(vocabulary) -> type[VocabularyAPIViewSet]:
    return type(f"{vocabulary.__name__}APIViewSet", (VocabularyAPIViewSet,), {"model": vocabulary})


class GlossaryAPIViewSet(VocabularyAPIViewSet):
    model = GlossaryTerm
    body_fields = [
        *BaseAPIViewSet.body_fields,
        "slug",
        "term",
        "definition",
        "synonyms",
        "abbreviations",
    ]
    listing_default_fields = [*BaseAPIViewSet.listing_default_fields, "slug", "term"]
    ordering = "term"

    def get_queryset(self):
        return super().get_queryset().prefetch_related("aliases")


class InitiativeAPIViewSet(BaseAPIViewSet):
    """The directory as open data: published entries, filtered by ``province`` and ``type``
    (machine names, several separated by commas) and ``statute=true`` (in the Register
    Bijzonder Statuut). An initiative has no personal data."""

    model = Initiative
    pagination_class = BoundedPagination
    body_fields = [*BaseAPIViewSet.body_fields, *(field.name for field in Initiative.api_fields)]
    listing_default_fields = [
        *BaseAPIViewSet.listing_default_fields,
        "name",
        "slug",
        "place",
        "province",
        "initiative_type",
        "page_url",
    ]
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(
        {"province", "type", "statute"}
    )
    FILTERS = {"province": "province__slug__in", "type": "initiative_type__slug__in"}

    def get_queryset(self):
        queryset = (
            Initiative.objects.filter(published=True)
            .select_related("province", "initiative_type", "legal_form")
            .order_by("name", "pk")
        )
        for param, lookup in self.FILTERS.items():
            value = self.request.GET.get(param, "")
            slugs = [slug.strip() for slug in value.split(",") if slug.strip()]
            if slugs:
                queryset = queryset.filter(**{lookup: slugs})
        if self.request.GET.get("statute") in {"true", "1", "ja"}:
            # The same rule as the directory's "Met Bijzonder Statuut" filter.
            queryset = queryset.filter(statute_registered__isnull=False).exclude(
                statute_principles=""
            )
        return queryset

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "directory": default_directory_page()}


ENDPOINTS = {
    "initiatives": InitiativeAPIViewSet,
    "themes": vocabulary_endpoint(Theme),
    "initiative-types": vocabulary_endpoint(InitiativeType),
    "legal-forms": vocabulary_endpoint(LegalForm),
    "provinces": vocabulary_endpoint(Province),
    "funding-sources": vocabulary_endpoint(FundingSource),
    "development-stages": vocabulary_endpoint(DevelopmentStage),
    "glossary": GlossaryAPIViewSet,
}
