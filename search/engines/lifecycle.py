"""The search server's indexes kept in line with the table.

Per-document sync after commit, a zero-downtime rebuild behind the alias and a drift check
with its repair (the periodic reconcile).
"""

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from itertools import islice

from django.conf import settings
from django.utils import timezone

from wagtail.models import Locale

from search.engines.client import SearchServerError, ServerSettings, client, transport_errors
from search.engines.mapping import (
    SOURCE_COLUMNS,
    alias_name,
    document_source,
    index_body,
    languages,
    row_source,
)
from search.models import SearchDocument

BATCH_SIZE = 500
# The rebuild's bulk load: requests of this many documents (about 4 MB of text at 100,000
# synthetic cases), this many in flight at once, so the server indexes one while the next is
# read and built here (docs/benchmarks.md, issue 19).
BULK_SIZE = 1000
BULK_THREADS = 2
# While a new index is filled nobody searches it: no refreshes, no replicas and the translog
# written in the background, as the engines' guides for bulk loads advise ("tune for indexing
# speed"); the index gets its own settings back before the final refresh.
LOADING_SETTINGS = {
    "refresh_interval": "-1",
    "number_of_replicas": 0,
    "translog.durability": "async",
}


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


def create_index(language: str, *, loading: bool = False) -> str:
    name = f"{alias_name(language)}_{timezone.now():%Y%m%d%H%M%S%f}"
    body = index_body(language)
    if loading:
        # After the fingerprint was taken: these settings end with the load.
        body["settings"]["index"].update(LOADING_SETTINGS)
    client().indices.create(index=name, body=body)
    return name


def _row_chunks(language: str) -> Iterator[list[dict]]:
    """The language's rows as plain values (no model instances), BULK_SIZE at a time."""
    locale_ids = list(Locale.objects.filter(language_code=language).values_list("pk", flat=True))
    rows = (
        SearchDocument.objects.filter(locale_id__in=locale_ids)
        .order_by("id")
        .values(*SOURCE_COLUMNS)
        .iterator(chunk_size=BULK_SIZE)
    )
    while chunk := list(islice(rows, BULK_SIZE)):
        yield chunk


def load(name: str, language: str) -> int:
    """Fill a new index with the language's rows; returns how many.

    The rows are read and turned into requests here, in the caller's thread and on its
    database connection; up to BULK_THREADS requests are sent at once by a small pool.
    """
    count = 0
    with ThreadPoolExecutor(max_workers=BULK_THREADS) as pool:
        in_flight: deque = deque()
        for rows in _row_chunks(language):
            actions = [
                {"_op": "index", "_index": name, "_id": row["id"], "_source": row_source(row)}
                for row in rows
            ]
            in_flight.append(pool.submit(_bulk, actions, refresh=False))
            count += len(actions)
            if len(in_flight) >= BULK_THREADS:
                in_flight.popleft().result()
        for request in in_flight:
            request.result()
    client().indices.put_settings(
        index=name,
        body={
            "index": {
                "refresh_interval": None,
                "number_of_replicas": settings.SEARCH_REPLICAS,
                "translog.durability": "request",
            }
        },
    )
    return count


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


# Merging 100,000 documents takes longer than a search request may.
SETTLE_TIMEOUT = 600


def settle(name: str) -> None:
    """The rebuild's last step before the alias moves: the new index as a settled one.

    Merged down to SEARCH_SEGMENT_SLICES segments (one per search thread), refreshed so
    searches see the merged segments, and every copy started (load() has given the index its
    own replicas back): a freshly rebuilt index answers as fast as one whose background merges
    have ended (docs/benchmarks.md, issue 19).
    """
    es = client(replace(ServerSettings.from_django(), timeout=SETTLE_TIMEOUT))
    es.indices.forcemerge(index=name, max_num_segments=max(1, settings.SEARCH_SEGMENT_SLICES))
    es.indices.refresh(index=name)
    try:
        es.cluster.health(
            index=name,
            wait_for_status="green" if settings.SEARCH_REPLICAS else "yellow",
        )
    except transport_errors():
        pass  # copies still starting after 30 s (408): the primary answers meanwhile


def rebuild(language: str) -> RebuildReport:
    """Fill a new index, then move the alias in one atomic step and drop the old index.

    Searches keep answering from the old index until the swap; updates that arrive during
    the rebuild go to the old index too, so a drift check after the swap catches them
    (``search_server check --repair``; the periodic reconcile does it on its own).
    """
    es = client()
    name = create_index(language, loading=True)
    count = load(name, language)
    settle(name)
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
