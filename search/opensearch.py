"""The search-server engine: OpenSearch 2/3 or Elasticsearch 8/9 behind the search service.

The ``SearchDocument`` table stays the source of truth of what is searchable; this module
copies its rows into one index per language behind an alias, answers ``EngineRequest``s from
it (disjunctive facets through filtered ``terms`` aggregations and a ``post_filter``), and
keeps it in line: per-document sync after commit, a zero-downtime rebuild and a drift check.
The connection (URLs, credentials, TLS) is built by Wagtail's own search backend classes
(``modelsearch.backends.*``); see docs/decisions/0008-search-server.md.
"""

import hashlib
import json
import logging
import threading
import time
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field, replace

from django.conf import settings
from django.utils import timezone
from django.utils.module_loading import import_string

from search import synonyms
from search import text as text_tools
from search.documents import FACETS
from search.engines import EngineAnswer, EngineRequest, split_counts
from search.models import SearchDocument, facet_key

logger = logging.getLogger(__name__)

SERVER_ENGINES = {"elasticsearch8", "elasticsearch9", "opensearch2", "opensearch3"}
# Larger than any vocabulary: every facet value comes back, not the first ten.
FACET_SIZE = 1000
BATCH_SIZE = 500
SNIPPET_CHARS = 160
# Title and summary weigh more than body. A match of every word gets a bonus larger than any
# text score, so those documents come first, as on the database engine.
FIELDS = ["title^3", "summary^2", "keywords^2", "body"]
EVERY_WORD_BONUS = 1000.0


def plural_filters() -> dict:
    """search.text's Dutch plural rules as the server's filters, in the same order."""
    return {
        f"plural_{suffix}": {
            "type": "pattern_replace",
            "pattern": text_tools.plural_pattern(suffix),
            "replacement": f"$1{rest}",
        }
        for suffix, rest in text_tools.DUTCH_PLURALS
    }


LANGUAGE_FILTERS = {
    "nl": {
        "stop": {"type": "stop", "stopwords": "_dutch_"},
        **plural_filters(),
        "stemmer": {"type": "stemmer", "language": "dutch"},
    },
    "en": {
        "possessive": {"type": "stemmer", "language": "possessive_english"},
        "stop": {"type": "stop", "stopwords": "_english_"},
        "stemmer": {"type": "stemmer", "language": "english"},
    },
}


class SearchServerError(Exception):
    """The search server could not be reached or refused a request."""


@dataclass(frozen=True)
class ServerSettings:
    engine: str
    urls: tuple[str, ...]
    prefix: str
    timeout: float
    verify_certs: bool
    username: str | None = None
    password: str | None = None
    ca_certs: str | None = None

    @classmethod
    def from_django(cls) -> "ServerSettings":
        return cls(
            engine=settings.SEARCH_ENGINE,
            urls=tuple(settings.SEARCH_URLS),
            prefix=settings.SEARCH_INDEX_PREFIX,
            timeout=settings.SEARCH_TIMEOUT,
            verify_certs=settings.SEARCH_VERIFY_CERTS,
            username=settings.SEARCH_USERNAME,
            password=settings.SEARCH_PASSWORD,
            ca_certs=settings.SEARCH_CA_CERTS,
        )


def server_configured() -> bool:
    return settings.SEARCH_ENGINE in SERVER_ENGINES


_clients: dict[ServerSettings, object] = {}


def client(server: ServerSettings | None = None):
    """The client of the configured server, built by Wagtail's backend class for that engine."""
    server = server or ServerSettings.from_django()
    if server not in _clients:
        # A node that does not answer is tried no more than once per request: with one node
        # the search fails at once (and the database answers); in a cluster the next node does.
        options: dict = {"verify_certs": server.verify_certs, "max_retries": len(server.urls) - 1}
        if server.ca_certs:
            options["ca_certs"] = server.ca_certs
        if server.username:
            auth_option = "http_auth" if server.engine.startswith("opensearch") else "basic_auth"
            options[auth_option] = (server.username, server.password or "")
        if server.engine == "elasticsearch8":
            options["node_class"] = elasticsearch8_node_class()
        backend_class = import_string(f"modelsearch.backends.{server.engine}.SearchBackend")
        backend = backend_class(
            {"URLS": list(server.urls), "TIMEOUT": server.timeout, "OPTIONS": options}
        )
        _clients[server] = backend.es
    return _clients[server]


def elasticsearch8_node_class() -> type:
    """The client's HTTP node, asking for version 8 of the API: the 9.x client asks for
    version 9 in its compatibility headers, which an Elasticsearch 8 server refuses (400)."""
    from elastic_transport import HttpHeaders, Urllib3HttpNode

    class Elasticsearch8Node(Urllib3HttpNode):
        def perform_request(self, method, target, body=None, headers=None, **options):
            if headers:
                headers = HttpHeaders(
                    {
                        name: value.replace("compatible-with=9", "compatible-with=8")
                        for name, value in headers.items()
                    }
                )
            return super().perform_request(method, target, body, headers, **options)

    return Elasticsearch8Node


def searcher():
    """A client whose requests give up after SEARCH_QUERY_TIMEOUT: searches must answer fast."""
    return client(replace(ServerSettings.from_django(), timeout=settings.SEARCH_QUERY_TIMEOUT))


def transport_errors() -> tuple[type[BaseException], ...]:
    """What a client raises when the server is down, slow or refuses: retried and degraded."""
    from elastic_transport import TransportError as ElasticTransportError
    from elasticsearch import ApiError
    from opensearchpy.exceptions import TransportError as OpenSearchTransportError

    # Not serialisation errors: those are mistakes in our request, not an outage.
    return (SearchServerError, OpenSearchTransportError, ElasticTransportError, ApiError, OSError)


# --- The index: names, mapping, documents ----------------------------------------------------


def alias_name(language: str, prefix: str | None = None) -> str:
    return f"{prefix or settings.SEARCH_INDEX_PREFIX}_documents_{language}"


def languages() -> list[str]:
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def synonym_rules(language: str) -> list[str]:
    """The glossary's terms and their aliases as Solr-style equivalence rules."""
    groups = {
        tuple(sorted({form, *alternatives}))
        for form, alternatives in synonyms.synonym_groups(language).items()
    }
    return sorted(", ".join(group) for group in groups if len(group) > 1)


def segment_slices() -> dict:
    """OpenSearch (2.17 or newer) searches a shard's segments on this many threads at once.

    At 100,000 documents a search scores and counts almost every document; two slices on two
    cores brought the p95 from 80 to 49 ms (docs/benchmarks.md). Elasticsearch does this on its
    own and refuses the settings.
    """
    if not settings.SEARCH_ENGINE.startswith("opensearch") or settings.SEARCH_SEGMENT_SLICES < 2:
        return {}
    return {
        "search.concurrent_segment_search.mode": "all",
        "search.concurrent.max_slice_count": settings.SEARCH_SEGMENT_SLICES,
    }


def index_body(language: str) -> dict:
    """Settings and mapping of one language's index, with their fingerprint in ``_meta``.

    Synonyms are read from the glossary now; a changed glossary or a new release's mapping
    changes the fingerprint, and the reconcile task rebuilds an index whose fingerprint is old.
    """
    body = _index_settings_and_mapping(language)
    schema = json.dumps(body, sort_keys=True).encode()
    body["mappings"]["_meta"] = {"schema": hashlib.sha256(schema).hexdigest()[:16]}
    return body


def _index_settings_and_mapping(language: str) -> dict:
    language_filters = LANGUAGE_FILTERS.get(language, LANGUAGE_FILTERS["en"])
    filters = {f"{language}_{name}": spec for name, spec in language_filters.items()}
    filters[f"{language}_synonyms"] = {
        "type": "synonym_graph",
        "synonyms": synonym_rules(language),
        "lenient": True,
    }
    chain = [f"{language}_{name}" for name in language_filters]
    analyzers = {
        "text": {"tokenizer": "standard", "filter": ["lowercase", "asciifolding", *chain]},
        "text_search": {
            "tokenizer": "standard",
            "filter": ["lowercase", "asciifolding", f"{language}_synonyms", *chain],
        },
        "spell": {"tokenizer": "standard", "filter": ["lowercase", "asciifolding"]},
    }
    text = {"type": "text", "analyzer": "text", "search_analyzer": "text_search"}
    # Without length norms on the short fields a one-word title (a glossary term) no longer
    # outranks the case that holds the same word in a longer title: recall@3 1.00 either way,
    # mrr 0.70 -> 0.95 on ../shared/eval/queries-dev.tsv (docs/benchmarks.md).
    short_text = {**text, "norms": False}
    return {
        "settings": {
            "index": {
                "number_of_shards": 1,
                "number_of_replicas": settings.SEARCH_REPLICAS,
                **segment_slices(),
            },
            "analysis": {
                "filter": filters,
                "analyzer": analyzers,
                "normalizer": {"sort": {"type": "custom", "filter": ["lowercase", "asciifolding"]}},
            },
        },
        "mappings": {
            "dynamic": "strict",
            "properties": {
                "id": {"type": "long"},
                "locale": {"type": "integer"},
                "kind": {"type": "keyword"},
                "title": {
                    **short_text,
                    "copy_to": "spell",
                    "fields": {"sort": {"type": "keyword", "normalizer": "sort"}},
                },
                "summary": {**short_text, "copy_to": "spell"},
                "keywords": {**short_text, "copy_to": "spell"},
                # Offsets in the postings: the fastest way for the highlighter to mark words
                # (term vectors were a third of the search time at 100,000 documents).
                "body": {**text, "index_options": "offsets"},
                "spell": {"type": "text", "analyzer": "spell"},
                "date": {"type": "date"},
                # Every facet value as one "facet:value" keyword, as in the table: one terms
                # aggregation counts all facets at once; ordinals built at refresh, not on
                # the first search after it.
                "facet_keys": {"type": "keyword", "eager_global_ordinals": True},
                "fingerprint": {"type": "keyword", "index": False},
            },
        },
    }


def document_source(document: SearchDocument) -> dict:
    source = {
        "id": document.pk,
        "locale": document.locale_id,
        "kind": document.kind,
        "title": document.title,
        "summary": document.summary,
        "keywords": document.keywords,
        "body": document.body,
        "date": document.date.isoformat() if document.date else None,
        "facet_keys": sorted(document.facet_keys.split()),
    }
    digest = hashlib.sha256(json.dumps(source, sort_keys=True).encode()).hexdigest()
    return {**source, "fingerprint": digest[:16]}


def _documents(ids: Iterable[int] | None = None, language: str | None = None):
    documents = SearchDocument.objects.select_related("locale")
    if ids is not None:
        documents = documents.filter(id__in=list(ids))
    if language is not None:
        documents = documents.filter(locale__language_code=language)
    return documents.order_by("id")


def _bulk(actions: list[dict], *, refresh: bool) -> None:
    if not actions:
        return
    lines = []
    for action in actions:
        source = action.pop("_source", None)
        lines.append({action.pop("_op"): action})
        if source is not None:
            lines.append(source)
    response = client().bulk(body=lines, refresh="true" if refresh else "false")
    if response.get("errors"):
        failures = [
            item
            for item in response["items"]
            for result in item.values()
            if result.get("status", 200) >= 300 and result.get("status") != 404
        ]
        if failures:
            raise SearchServerError(f"bulk request failed: {failures[:3]}")


# --- Lifecycle: create, rebuild behind the alias, sync, check --------------------------------


def create_index(language: str) -> str:
    name = f"{alias_name(language)}_{timezone.now():%Y%m%d%H%M%S%f}"
    client().indices.create(index=name, body=index_body(language))
    return name


def alias_targets(language: str) -> list[str]:
    es = client()
    alias = alias_name(language)
    if not es.indices.exists_alias(name=alias):
        return []
    return sorted(es.indices.get_alias(name=alias))


def ensure_indexes() -> None:
    """Every language has an index behind its alias (an empty one when new)."""
    for language in languages():
        if not alias_targets(language):
            name = create_index(language)
            client().indices.put_alias(index=name, name=alias_name(language))


@dataclass
class RebuildReport:
    language: str
    index: str
    documents: int
    removed: list[str] = field(default_factory=list)


def rebuild(language: str) -> RebuildReport:
    """Fill a new index, then move the alias in one atomic step and drop the old index.

    Searches keep answering from the old index until the swap; updates that arrive during
    the rebuild go to the old index too, so a drift check after the swap catches them
    (``search_server check --repair``; the periodic reconcile does it on its own).
    """
    es = client()
    name = create_index(language)
    count = 0
    batch: list[dict] = []
    for document in _documents(language=language).iterator(chunk_size=BATCH_SIZE):
        batch.append(
            {
                "_op": "index",
                "_index": name,
                "_id": document.pk,
                "_source": document_source(document),
            }
        )
        if len(batch) >= BATCH_SIZE:
            _bulk(batch, refresh=False)
            count += BATCH_SIZE
            batch = []
    count += len(batch)
    _bulk(batch, refresh=False)
    es.indices.refresh(index=name)
    old = alias_targets(language)
    alias = alias_name(language)
    actions = [{"remove": {"index": index, "alias": alias}} for index in old]
    actions.append({"add": {"index": name, "alias": alias}})
    es.indices.update_aliases(body={"actions": actions})
    for index in old:
        es.indices.delete(index=index)
    return RebuildReport(language, name, count, old)


def sync(ids: Iterable[int], *, refresh: bool = True) -> int:
    """Make the index hold exactly what the table holds for these ids (idempotent)."""
    ids = sorted(set(ids))
    if not ids:
        return 0
    ensure_indexes()
    found = {document.pk: document for document in _documents(ids)}
    actions = []
    for pk in ids:
        document = found.get(pk)
        for language in languages():
            alias = alias_name(language)
            if document is not None and document.locale.language_code == language:
                actions.append(
                    {
                        "_op": "index",
                        "_index": alias,
                        "_id": pk,
                        "_source": document_source(document),
                    }
                )
            else:
                actions.append({"_op": "delete", "_index": alias, "_id": pk})
    _bulk(actions, refresh=refresh)
    return len(ids)


def _indexed_fingerprints(language: str) -> dict[int, str]:
    es = client()
    alias = alias_name(language)
    found: dict[int, str] = {}
    search_after = None
    while True:
        body: dict = {"size": 1000, "_source": ["fingerprint"], "sort": [{"id": "asc"}]}
        if search_after is not None:
            body["search_after"] = search_after
        hits = es.search(index=alias, body=body)["hits"]["hits"]
        for hit in hits:
            found[int(hit["_id"])] = hit["_source"]["fingerprint"]
        if len(hits) < 1000:
            return found
        search_after = hits[-1]["sort"]


@dataclass
class Drift:
    language: str
    missing: list[int] = field(default_factory=list)
    stale: list[int] = field(default_factory=list)
    extra: list[int] = field(default_factory=list)
    # Built with another mapping or other synonyms than this code and glossary would give.
    outdated: bool = False

    @property
    def ids(self) -> list[int]:
        return sorted([*self.missing, *self.stale, *self.extra])

    @property
    def is_clean(self) -> bool:
        return not self.ids and not self.outdated


def index_outdated(language: str) -> bool:
    expected = index_body(language)["mappings"]["_meta"]["schema"]
    for mapping in client().indices.get_mapping(index=alias_name(language)).values():
        if mapping["mappings"].get("_meta", {}).get("schema") != expected:
            return True
    return False


def check(language: str) -> Drift:
    """Compare the index with the table: its build, and documents missing, changed or left over."""
    ensure_indexes()
    indexed = _indexed_fingerprints(language)
    drift = Drift(language, outdated=index_outdated(language))
    for document in _documents(language=language).iterator(chunk_size=BATCH_SIZE):
        fingerprint = indexed.pop(document.pk, None)
        if fingerprint is None:
            drift.missing.append(document.pk)
        elif fingerprint != document_source(document)["fingerprint"]:
            drift.stale.append(document.pk)
    drift.extra = sorted(indexed)
    return drift


def repair(drift: Drift) -> None:
    """An outdated index is rebuilt (which also brings every document in line), else synced."""
    if drift.outdated:
        rebuild(drift.language)
    elif drift.ids:
        sync(drift.ids)


def reconcile() -> list[Drift]:
    """Check every language and repair what drifted; returns what was found."""
    drifts = [check(language) for language in languages()]
    for drift in drifts:
        repair(drift)
    return drifts


def chunks(ids: list[int], size: int = BATCH_SIZE) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


# --- The engine -------------------------------------------------------------------------------


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
        query["bool"]["should"] = [*groups]
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


def _count_rows(aggregations: dict, filters: dict[str, tuple[str, ...]]):
    for name in ["all", *filters]:
        found = aggregations[name]
        buckets = found["values"]["buckets"] if "values" in found else found["buckets"]
        scope = "" if name == "all" else name
        for bucket in buckets:
            yield scope, bucket["key"], bucket["doc_count"]


def _highlight_query(request: EngineRequest) -> dict:
    """The words and phrases on the body alone: what a snippet marks, without ranking extras."""
    parsed = request.parsed
    texts = [*(word for group in parsed.word_groups for word in group), *parsed.phrases]
    return {"bool": {"should": [{"match_phrase": {"body": text}} for text in texts]}}


def search_body(request: EngineRequest) -> dict:
    scope: list[dict] = [{"term": {"locale": request.locale_id}}]
    if request.content_types:
        scope.append({"terms": {"kind": list(request.content_types)}})
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


class OpenSearchEngine:
    """Answers the service's requests from the search server's index of the language."""

    name = "search-server"

    def search(self, request: EngineRequest) -> EngineAnswer:
        response = searcher().search(
            index=alias_name(request.language),
            body=search_body(request),
        )
        hits = response["hits"]
        counts = split_counts(
            _count_rows(response["aggregations"], request.filters), request.filters
        )
        return EngineAnswer(
            ranked=[(int(hit["_id"]), float(hit.get("_score") or 0.0)) for hit in hits["hits"]],
            total=hits["total"]["value"],
            counts=counts,
            snippets={
                int(hit["_id"]): " … ".join(hit["highlight"]["body"])
                for hit in hits["hits"]
                if hit.get("highlight", {}).get("body")
            },
        )

    def suggest(self, text: str, language: str, locale_id: int) -> str | None:
        """'Bedoelde u …' from the index: each unknown word replaced by its closest indexed word."""
        response = searcher().search(
            index=alias_name(language),
            body={
                "size": 0,
                "suggest": {
                    "text": text,
                    "words": {
                        "term": {"field": "spell", "suggest_mode": "missing", "min_word_length": 4}
                    },
                },
            },
        )
        changed = False
        words = []
        for entry in response["suggest"]["words"]:
            if entry["options"]:
                words.append(entry["options"][0]["text"])
                changed = True
            else:
                words.append(entry["text"])
        return " ".join(words) if changed else None


class Outage:
    """The state of the server as this process last saw it: one log line per incident."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.since: float | None = None
        self.retry_at = 0.0

    def skip_server(self) -> bool:
        return self.since is not None and time.monotonic() < self.retry_at

    def failed(self, error: BaseException) -> None:
        with self.lock:
            self.retry_at = time.monotonic() + settings.SEARCH_RETRY_AFTER
            if self.since is None:
                self.since = time.monotonic()
                logger.warning(
                    "Search server unreachable (%s: %s); answering from the database",
                    type(error).__name__,
                    error,
                )

    def answered(self) -> None:
        with self.lock:
            if self.since is not None:
                logger.info(
                    "Search server answers again after %.0f s", time.monotonic() - self.since
                )
                self.since = None


outage = Outage()
# Whether the last search in this request was answered by the database instead of the server.
answered_from_database: ContextVar[bool] = ContextVar("answered_from_database", default=False)


class DegradingEngine:
    """The search server, or the database engine within a short timeout when it fails."""

    def __init__(self, server: OpenSearchEngine, database) -> None:
        self.server = server
        self.database = database
        self.name = server.name

    def search(self, request: EngineRequest) -> EngineAnswer:
        if not outage.skip_server():
            try:
                answer = self.server.search(request)
            except transport_errors() as error:
                outage.failed(error)
            else:
                outage.answered()
                answered_from_database.set(False)
                return answer
        answered_from_database.set(True)
        return self.database.search(request)

    def suggest(self, text: str, language: str, locale_id: int) -> str | None:
        if not outage.skip_server():
            try:
                return self.server.suggest(text, language, locale_id)
            except transport_errors() as error:
                outage.failed(error)
        return self.database.suggest(text, language, locale_id)


def server_version() -> str:
    """'opensearch 2.19.1': the configured distribution and the version of the node that answers.

    From the node info, not the root endpoint, which Elastic's integration-test distribution
    (our Elasticsearch 8 node) lacks.
    """
    nodes = client().nodes.info(node_id="_local", filter_path="nodes.*.version")["nodes"]
    (node,) = nodes.values()
    return f"{settings.SEARCH_ENGINE.rstrip('0123456789')} {node['version']}"
