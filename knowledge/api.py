"""Read-only API (Wagtail API v2) for helpdesk tooling: vocabularies and glossary terms.

Pages, images and documents use Wagtail's own endpoints, which serve only live, public
pages. Nothing here carries personal data: feedback and registrations have no endpoint.
"""

from wagtail.api.v2.views import BaseAPIViewSet

from knowledge.models import (
    DevelopmentStage,
    FundingSource,
    GlossaryTerm,
    InitiativeType,
    LegalForm,
    Province,
    Theme,
)


class VocabularyAPIViewSet(BaseAPIViewSet):
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


ENDPOINTS = {
    "themes": vocabulary_endpoint(Theme),
    "initiative-types": vocabulary_endpoint(InitiativeType),
    "legal-forms": vocabulary_endpoint(LegalForm),
    "provinces": vocabulary_endpoint(Province),
    "funding-sources": vocabulary_endpoint(FundingSource),
    "development-stages": vocabulary_endpoint(DevelopmentStage),
    "glossary": GlossaryAPIViewSet,
}
