"""JSON search API and Atom feeds: exactly what the search page shows, for other tools."""

from dataclasses import asdict

from django.contrib.syndication.views import Feed
from django.http import JsonResponse
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.functional import Promise
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework.decorators import api_view, authentication_classes

from core.text import clean_data
from search.params import params_for, query_from_params
from search.query import SearchQuery, SearchResult
from search.serializers import SearchAnswerSerializer, SearchParameters
from search.service import filter_labels, search

FEED_SIZE = 20


def result_as_json(result: SearchResult, ignored_params: list[str]) -> dict:
    data = asdict(result)
    # Which engine answered is for staff on the search page, not part of the public answer.
    del data["answered_by"], data["degraded"]
    data["ignored"] = ignored_params + result.ignored
    for hit in [*data["hits"], *data["promoted"], *data["fallback_hits"]]:
        hit["date"] = hit["date"].isoformat() if hit["date"] else None
        hit.pop("score", None)
        hit.pop("page_id", None)  # for alerts inside the site; the API names pages by URL
    # Alerts' "new since" is not a parameter of the API.
    data["query"].pop("published_since", None)
    data["query"]["filters"] = {key: list(values) for key, values in result.query.filters.items()}
    return data


@extend_schema(
    summary="Search with facets",
    parameters=[SearchParameters],
    responses={
        200: OpenApiResponse(SearchAnswerSerializer, "The same result the search page shows")
    },
)
@api_view(["GET"])
@authentication_classes([])
def search_api(request):
    locale = request.GET.get("locale", "nl")
    params = request.GET.copy()
    params.pop("locale", None)
    query, ignored = query_from_params(params, locale if locale in {"nl", "en"} else "nl")
    if locale not in {"nl", "en"}:
        ignored.append(f"locale={locale}")
    response = JsonResponse(result_as_json(search(query), ignored))
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _clean_value(value):
    return clean_data(str(value)) if isinstance(value, Promise) else clean_data(value)


class CleanAtom1Feed(Atom1Feed):
    """Atom that any stored text can go into: XML 1.0 cannot carry control characters, and
    Django's writer refuses them with an error rather than leave them out."""

    def __init__(self, *args, **kwargs):
        super().__init__(
            *map(_clean_value, args), **{key: _clean_value(v) for key, v in kwargs.items()}
        )

    def add_item(self, *args, **kwargs):
        super().add_item(
            *map(_clean_value, args), **{key: _clean_value(v) for key, v in kwargs.items()}
        )


class SearchFeed(Feed):
    """Any filtered view as an Atom feed, newest first, so people can follow a theme."""

    feed_type = CleanAtom1Feed

    def get_object(self, request):
        query, _ignored = query_from_params(request.GET, get_language())
        return SearchQuery(
            text=query.text,
            filters=query.filters,
            sort="newest",
            page_size=FEED_SIZE,
            locale=query.locale,
        )

    def title(self, query: SearchQuery) -> str:
        """Names what the feed follows: the words searched for and every filter."""
        subject = [f"“{query.text}”"] if query.text else []
        subject += filter_labels(query)
        if not subject:
            return _("Knowledge base: newest")
        return _("Knowledge base: %(query)s") % {"query": ", ".join(subject)}

    def link(self, query: SearchQuery) -> str:
        """The same filtered view on the search page; also the feed's own ``<id>``."""
        return reverse("search") + params_for(query, sort="relevance").rstrip("?")

    def feed_url(self, query: SearchQuery) -> str:
        return reverse("search_feed") + params_for(query, sort="relevance").rstrip("?")

    def subtitle(self, query: SearchQuery) -> str:
        return _(
            "New cases, whitepapers and terms in the knowledge base of Nederland Zorgt Voor Elkaar."
        )

    def items(self, query: SearchQuery):
        return [hit for hit in search(query).hits if hit.url.startswith("/")]

    def item_title(self, hit) -> str:
        return hit.title

    def item_description(self, hit) -> str:
        return hit.summary

    def item_link(self, hit) -> str:
        return hit.url

    def item_pubdate(self, hit):
        return hit.date
