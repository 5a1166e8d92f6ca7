"""The search server's request body for an ``EngineRequest``, and the counts of its answer.

Disjunctive facets through filtered ``terms`` aggregations and a ``post_filter``.
"""

from search.documents import FACETS
from search.engines.contract import EngineRequest
from search.models import facet_key

# Larger than any vocabulary: every facet value comes back, not the first ten.
FACET_SIZE = 1000
SNIPPET_CHARS = 160
# Title and summary weigh more than body. A match of every word gets a bonus larger than any
# text score, so those documents come first, as on the database engine.
FIELDS = ["title^3", "summary^2", "keywords^2", "body"]
EVERY_WORD_BONUS = 1000.0
# The correction of a typo matches for less than a word as typed, as on the database engines.
CORRECTION_WEIGHT = 0.5


def _group_clause(alternatives: tuple[str, ...]) -> dict:
    return {
        "bool": {
            "should": [
                {
                    "multi_match": {
                        "query": alternative,
                        "fields": FIELDS,
                        "type": "phrase" if " " in alternative else "best_fields",
                    }
                }
                for alternative in alternatives
            ],
            "minimum_should_match": 1,
        }
    }


def _correction_clause(word: str) -> dict:
    return {"multi_match": {"query": word, "fields": FIELDS, "boost": CORRECTION_WEIGHT}}


def _phrase_clause(phrase: str) -> dict:
    return {"multi_match": {"query": phrase, "fields": FIELDS, "type": "phrase"}}


def text_query(request: EngineRequest) -> dict | None:
    parsed = request.parsed
    if parsed.is_empty:
        return None
    groups = [_group_clause(group) for group in parsed.word_groups]
    phrases = [_phrase_clause(phrase) for phrase in parsed.phrases]
    query: dict = {"bool": {"must": phrases}}
    if groups:
        query["bool"]["should"] = [*groups, *map(_correction_clause, parsed.corrections)]
        if len(groups) > 1:
            query["bool"]["should"].append(
                {
                    "constant_score": {
                        "filter": {"bool": {"must": groups}},
                        "boost": EVERY_WORD_BONUS,
                    }
                }
            )
        if not phrases:
            query["bool"]["minimum_should_match"] = 1
    return query


def _facet_filter(filters: dict[str, tuple[str, ...]], skip: str = "") -> dict | None:
    clauses = [
        {"terms": {"facet_keys": [facet_key(facet, value) for value in values]}}
        for facet, values in filters.items()
        if facet != skip
    ]
    return {"bool": {"filter": clauses}} if clauses else None


def _facet_counts(filters: dict[str, tuple[str, ...]]) -> dict:
    """Disjunctive counts in 1 + (selected facets) aggregations, as the database engine does.

    "all" counts every facet that has no selected value under every filter; a facet with a
    selected value is counted under the other facets' filters only, so its other values stay
    visible with what choosing them would add.
    """
    scopes = {
        "all": ("", FACET_SIZE * len(FACETS)),
        **{facet: (facet, FACET_SIZE) for facet in filters},
    }
    aggs = {}
    for name, (facet, size) in scopes.items():
        terms: dict = {"field": "facet_keys", "size": size}
        if facet:
            terms["include"] = f"{facet}:.*"
        counted = {"terms": terms}
        narrowed = _facet_filter(filters, skip=facet)
        aggs[name] = {"filter": narrowed, "aggs": {"values": counted}} if narrowed else counted
    return aggs


def count_rows(aggregations: dict, filters: dict[str, tuple[str, ...]]):
    for name in ["all", *filters]:
        found = aggregations[name]
        buckets = found["values"]["buckets"] if "values" in found else found["buckets"]
        scope = "" if name == "all" else name
        for bucket in buckets:
            yield scope, bucket["key"], bucket["doc_count"]


def _highlight_query(request: EngineRequest) -> dict:
    """The words and phrases on the body alone: what a snippet marks, without ranking extras."""
    parsed = request.parsed
    texts = [
        *(word for group in parsed.word_groups for word in group),
        *parsed.phrases,
        *parsed.corrections,
    ]
    return {"bool": {"should": [{"match_phrase": {"body": text}} for text in texts]}}


def search_body(request: EngineRequest) -> dict:
    scope: list[dict] = [{"term": {"locale": request.locale_id}}]
    if request.content_types:
        scope.append({"terms": {"kind": list(request.content_types)}})
    if request.published_since:
        since = request.published_since.isoformat()
        scope.append({"range": {"first_published_at": {"gte": since}}})
    matched = text_query(request)
    query = {"bool": {"filter": scope, **({"must": [matched]} if matched else {})}}
    newest = {"date": {"order": "desc", "missing": "_last"}}
    if request.newest_first or matched is None:
        sort = [newest, {"title.sort": "asc"}]
    else:
        sort = ["_score", newest, {"title.sort": "asc"}]
    body: dict = {
        "query": query,
        "from": request.offset,
        "size": request.limit,
        "sort": sort,
        "track_scores": True,
        "track_total_hits": True,
        "_source": False,
        "aggs": _facet_counts(request.filters),
    }
    if request.filters:
        body["post_filter"] = _facet_filter(request.filters)
    if matched is not None:
        body["highlight"] = {
            "pre_tags": ["<mark>"],
            "post_tags": ["</mark>"],
            "encoder": "html",
            "highlight_query": _highlight_query(request),
            "fields": {"body": {"fragment_size": SNIPPET_CHARS, "number_of_fragments": 2}},
        }
    return body
