"""The search API's parameters and answer as serializers: the source of its OpenAPI document.

The view reads parameters leniently (search.params); these describe what it accepts, with the
service's own vocabularies as the allowed values.
"""

from django.conf import settings

from rest_framework import serializers

from search.documents import FACETS
from search.params import FACET_PARAMS, SORT_PARAMS
from search.query import MAX_PAGE_SIZE
from search.service import KIND_LABELS
from search.text import MAX_QUERY_LENGTH

KINDS = list(KIND_LABELS)
FACET_DESCRIPTIONS = {
    "thema": "Theme slug, e.g. financiering",
    "initiatief": "Initiative type slug, e.g. zorgcooperatie",
    "provincie": "Province slug, e.g. noord-brabant",
    "rechtsvorm": "Legal form slug, e.g. cooperatieve-vereniging",
    "financiering": "Funding source slug, e.g. wmo-gemeente",
    "fase": "Development stage slug, e.g. groei",
    "jaar": "Year, four digits",
}


def _facet_field(param: str) -> serializers.ListField:
    child = serializers.ChoiceField(choices=KINDS) if param == "soort" else serializers.CharField()
    description = FACET_DESCRIPTIONS.get(param, "Kind of content")
    return serializers.ListField(
        child=child, required=False, help_text=f"{description} (repeat for several: any of them)"
    )


class SearchParameters(serializers.Serializer):
    q = serializers.CharField(required=False, allow_blank=True, max_length=MAX_QUERY_LENGTH)
    locale = serializers.ChoiceField(
        choices=[code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES], required=False
    )
    sortering = serializers.ChoiceField(choices=list(SORT_PARAMS), required=False)
    pagina = serializers.IntegerField(
        required=False,
        min_value=1,
        help_text="Beyond the last page (or result 10,000): the last page.",
    )
    per_pagina = serializers.IntegerField(required=False, min_value=1, max_value=MAX_PAGE_SIZE)

    def get_fields(self):
        return {**super().get_fields(), **{param: _facet_field(param) for param in FACET_PARAMS}}


class HitSerializer(serializers.Serializer):
    title = serializers.CharField()
    url = serializers.CharField()
    kind = serializers.ChoiceField(choices=KINDS)
    kind_label = serializers.CharField()
    summary = serializers.CharField()
    snippet = serializers.CharField(help_text="Escaped HTML with <mark> around matches")
    date = serializers.DateTimeField(allow_null=True)
    facets = serializers.DictField(child=serializers.ListField(child=serializers.CharField()))


class FacetValueSerializer(serializers.Serializer):
    value = serializers.CharField()
    label = serializers.CharField()
    count = serializers.IntegerField()
    selected = serializers.BooleanField()


class FacetSerializer(serializers.Serializer):
    name = serializers.ChoiceField(choices=FACETS)
    label = serializers.CharField()
    values = FacetValueSerializer(many=True)


class QuerySerializer(serializers.Serializer):
    text = serializers.CharField()
    filters = serializers.DictField(child=serializers.ListField(child=serializers.CharField()))
    sort = serializers.ChoiceField(choices=list(SORT_PARAMS.values()))
    page = serializers.IntegerField()
    page_size = serializers.IntegerField()
    locale = serializers.CharField()
    content_types = serializers.ListField(child=serializers.ChoiceField(choices=KINDS))


class SearchAnswerSerializer(serializers.Serializer):
    query = QuerySerializer()
    hits = HitSerializer(many=True)
    promoted = HitSerializer(many=True)
    facets = FacetSerializer(many=True)
    total = serializers.IntegerField()
    page = serializers.IntegerField()
    num_pages = serializers.IntegerField()
    suggestion = serializers.CharField(allow_null=True)
    ignored = serializers.ListField(
        child=serializers.CharField(), help_text="Parameters and values that were ignored"
    )
    fallback_hits = HitSerializer(
        many=True,
        help_text="Nothing found in the language asked for: the best matches in Dutch",
    )
    fallback_total = serializers.IntegerField()
    fallback_language = serializers.CharField(help_text='"nl" when there are fallback hits')
