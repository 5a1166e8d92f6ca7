"""What an alert follows: the search page's query string, read and named the way feeds do."""

from django.http import QueryDict
from django.utils.translation import gettext as _

from search.params import params_for, query_from_params
from search.query import SearchQuery
from search.service import filter_labels

MAX_QUERY_LENGTH = 500
MAX_TEXT_LENGTH = 200


def alert_query(params: str, language: str) -> SearchQuery:
    """The filtered view of a stored query string, in the subscriber's language."""
    query, _ignored = query_from_params(QueryDict(params), language)
    return SearchQuery(text=query.text[:MAX_TEXT_LENGTH], filters=query.filters, locale=language)


def canonical(params: str, language: str) -> str:
    """One spelling per filtered view, without order or page: "thema=wonen&provincie=utrecht"."""
    return params_for(alert_query(params, language), sort="relevance").lstrip("?")


def describe(params: str, language: str) -> str:
    """The filters in words: "Financiering, Gelderland" ("everything new" without filters)."""
    query = alert_query(params, language)
    subject = [f"“{query.text}”"] if query.text else []
    subject += filter_labels(query)
    if not subject:
        return _("everything new in the knowledge base")
    return ", ".join(subject)
