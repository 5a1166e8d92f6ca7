"""Search benchmark: a synthetic corpus in its own database, three ways to answer the same queries.

(a) raw: one hand-written SQL statement over the GIN-indexed tsvector, top 10, no facets;
(b) naive: every match fetched through the ORM and the facets counted in Python (modelsearch's
    ``.facet()`` cannot count multi-valued facets, so this is what a plain build would do);
(c) ours: the search service, page 1 with all facet counts.
"""

import random
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery as PgQuery
from django.contrib.postgres.search import SearchRank
from django.core.management import call_command
from django.db import connection, connections
from django.db.models import F
from django.utils import timezone

from wagtail.models import Locale

import psycopg

from knowledge import demo_content
from knowledge.models import VOCABULARY_MODELS
from search import suggestions
from search import text as text_tools
from search.documents import plain_text
from search.index import VECTORS_SQL, text_search_config
from search.models import SearchDocument, encode_facets
from search.query import SearchQuery
from search.service import search

BATCH = 2000


@dataclass(frozen=True)
class Timing:
    way: str
    median_ms: float
    p95_ms: float
    queries: int

    def as_dict(self) -> dict:
        return {
            "way": self.way,
            "p50_ms": round(self.median_ms, 1),
            "p95_ms": round(self.p95_ms, 1),
            "queries": self.queries,
        }


def demo_word_frequencies() -> Counter:
    texts = []
    for case in demo_content.cases():
        texts += [case["title"], case["summary"], *case["what_worked"], *case["lessons"]]
        texts += [
            value if isinstance(value, str) else " ".join(map(str, value.values()))
            for _, value in case["body"]
        ]
    for paper in demo_content.whitepapers():
        texts += [
            paper["title"],
            paper["summary"],
            *(chapter["body"] for chapter in paper["chapters"]),
        ]
    for term in demo_content.glossary():
        texts += [term["term"], term["definition"]]
    counts = Counter()
    for text in texts:
        counts.update(
            text_tools.stem(word)
            for word in text_tools.words(plain_text(text))
            if word not in text_tools.STOP_WORDS and len(word) > 2 and not word.isdigit()
        )
    return counts


class Sampler:
    def __init__(self, counts: Counter, seed: int):
        self.words = list(counts)
        self.weights = [counts[word] for word in self.words]
        self.random = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets

    def words_of(self, n: int) -> str:
        return " ".join(self.random.choices(self.words, weights=self.weights, k=n))

    def query(self) -> str:
        return self.words_of(self.random.randint(1, 4))


def vocabularies() -> dict[str, list[str]]:
    names = {
        "Theme": "theme",
        "InitiativeType": "initiative_type",
        "LegalForm": "legal_form",
        "Province": "province",
        "FundingSource": "funding_source",
        "DevelopmentStage": "development_stage",
    }
    return {
        names[model.__name__]: list(
            model.objects.filter(locale__language_code="nl").values_list("slug", flat=True)
        )
        for model in VOCABULARY_MODELS
    }


def build_corpus(documents: int, seed: int = 7) -> None:
    sampler = Sampler(demo_word_frequencies(), seed)
    vocab = vocabularies()
    locale = Locale.objects.get(language_code="nl")
    pick = sampler.random
    now = timezone.now()
    for start in range(0, documents, BATCH):
        rows = []
        for number in range(start, min(documents, start + BATCH)):
            date = now - timezone.timedelta(days=pick.randint(0, 3650))
            facets = {
                "type": ["case"],
                "theme": pick.sample(vocab["theme"], pick.randint(1, 3)),
                "initiative_type": [pick.choice(vocab["initiative_type"])],
                "province": [pick.choice(vocab["province"])],
                "legal_form": [pick.choice(vocab["legal_form"])],
                "funding_source": pick.sample(vocab["funding_source"], pick.randint(0, 3)),
                "development_stage": [pick.choice(vocab["development_stage"])],
                "year": [str(date.year)],
            }
            rows.append(
                SearchDocument(
                    kind="case",
                    object_key=f"bench:{number}",
                    locale=locale,
                    url=f"/kennisbank/bench-{number}/",
                    title=sampler.words_of(pick.randint(4, 9)),
                    summary=sampler.words_of(35),
                    body=sampler.words_of(400),
                    date=date,
                    facet_keys=encode_facets(facets),
                )
            )
        if connection.vendor != "postgresql":
            # The portable engine matches on the row's terms (SQLite, search_bench --sizes).
            for row in rows:
                row.terms = f"{row.title} {row.summary} {row.body}"
        SearchDocument.objects.bulk_create(rows)
    suggestions.refresh_vocabularies()
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        # The synthetic words are already folded and stemmed, as index.write() would make them.
        cursor.execute(
            VECTORS_SQL.format(title="title", summary="summary", body="body", where="TRUE"),
            {"config": text_search_config("nl")},
        )
        cursor.execute("ANALYZE search_searchdocument")


def raw_way(text: str) -> None:
    config = text_search_config("nl")
    words = [text_tools.normalize(word) for word in text_tools.words(text)]
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT id FROM search_searchdocument, to_tsquery(%(config)s::regconfig, %(q)s) query
            WHERE search_vector @@ query
            ORDER BY ts_rank(search_vector, query) DESC LIMIT 10
            """,
            {"config": config, "q": " | ".join(words)},
        )
        cursor.fetchall()


def naive_way(text: str):
    config = text_search_config("nl")
    query = None
    for word in text_tools.words(text):
        part = PgQuery(text_tools.normalize(word), config=config)
        query = part if query is None else query | part
    matches = list(
        SearchDocument.objects.filter(search_vector=query)
        .annotate(rank=SearchRank(F("search_vector"), query))
        .order_by("-rank")
    )
    counts = Counter()
    for document in matches:
        counts.update(document.facet_keys.split())
    return matches[:10], counts


def ours_way(text: str) -> None:
    search(SearchQuery(text=text, page_size=10))


def measure(way: str, answer: Callable[[str], None], queries: list[str]) -> Timing:
    answer(queries[0])  # warm the connection and the caches once
    durations = []
    for text in queries:
        started = time.perf_counter()
        answer(text)
        durations.append((time.perf_counter() - started) * 1000)
    durations.sort()
    p95 = durations[min(len(durations) - 1, round(0.95 * len(durations)) - 1)]
    return Timing(way, statistics.median(durations), p95, len(durations))


def queries_for(count: int, seed: int = 11) -> list[str]:
    sampler = Sampler(demo_word_frequencies(), seed)
    return [sampler.query() for _ in range(count)]


@contextmanager
def separate_database(name: str) -> Iterator[None]:
    """Create an empty database beside the configured one and point Django at it."""
    settings_dict = connections["default"].settings_dict
    original = settings_dict["NAME"]
    admin = psycopg.connect(
        host=settings_dict["HOST"],
        port=settings_dict["PORT"] or 5432,
        user=settings_dict["USER"],
        password=settings_dict["PASSWORD"],
        dbname=original,
        autocommit=True,
    )
    with admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    connections["default"].close()
    settings_dict["NAME"] = name
    try:
        call_command("migrate", verbosity=0)
        yield
    finally:
        connections["default"].close()
        settings_dict["NAME"] = original
        with psycopg.connect(
            host=settings_dict["HOST"],
            port=settings_dict["PORT"] or 5432,
            user=settings_dict["USER"],
            password=settings_dict["PASSWORD"],
            dbname=original,
            autocommit=True,
        ) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}"')


def empty_corpus() -> None:
    """No documents left, ids from 1 again: build_corpus(N) then gives the corpus of --docs N."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("TRUNCATE search_searchdocument RESTART IDENTITY")
        else:
            cursor.execute("DELETE FROM search_searchdocument")
            cursor.execute("DELETE FROM sqlite_sequence WHERE name = 'search_searchdocument'")


def server_floor(*, exact_total: bool = False) -> Callable[[str], None]:
    """The search server's own bare top-10 for the same words: no aggregations, no highlights.

    The same fields and weights as the service's query, ranked by score alone; with
    ``exact_total`` the server counts every match (as the service's exact total needs),
    otherwise it stops counting where it may (its default, 10,000).
    """
    from search.engines.client import searcher
    from search.engines.mapping import alias_name
    from search.engines.query import FIELDS

    locale_id = Locale.objects.get(language_code="nl").pk

    def answer(text: str) -> None:
        body: dict = {
            "query": {
                "bool": {
                    "filter": [{"term": {"locale": locale_id}}],
                    "must": [{"multi_match": {"query": text, "fields": FIELDS}}],
                }
            },
            "size": 10,
            "_source": False,
        }
        if exact_total:
            body["track_total_hits"] = True
        searcher().search(index=alias_name("nl"), body=body)

    return answer


@contextmanager
def sqlite_database(path: str) -> Iterator[None]:
    """Point Django's default connection at a new SQLite file (the portable engine), migrated."""
    from config.env import SQLITE_OPTIONS

    original = connections.settings["default"]
    connections["default"].close()
    sqlite = {
        **original,
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": path,
        "USER": "",
        "PASSWORD": "",
        "HOST": "",
        "PORT": "",
        "OPTIONS": dict(SQLITE_OPTIONS),
    }
    connections.settings["default"] = sqlite
    del connections["default"]
    try:
        call_command("migrate", verbosity=0)
        yield
    finally:
        connections["default"].close()
        connections.settings["default"] = original
        del connections["default"]


def service_request(text: str):
    """The request the service sends its engine for this text (page 1, no filters)."""
    from dataclasses import replace as replaced

    from search import suggestions
    from search.engines.contract import EngineRequest, parse

    locale = Locale.objects.get(language_code="nl")
    parsed = parse(text_tools.clean_query(text), "nl")
    words = [group[0] for group in parsed.word_groups if " " not in group[0]]
    parsed = replaced(parsed, corrections=suggestions.corrections(words, locale.pk))
    return EngineRequest(parsed=parsed, language="nl", locale_id=locale.pk, filters={})


def server_parts() -> dict[str, Callable[[str], None]]:
    """The service's request to the server alone, and without each of its parts in turn:
    what each part costs is the difference (search_bench --breakdown)."""
    from search.engines import query as server_query
    from search.engines.client import searcher
    from search.engines.mapping import alias_name

    def without(*parts: str, bonus: bool = True) -> Callable[[str], None]:
        def answer(text: str) -> None:
            request = service_request(text)
            body = server_query.search_body(request)
            if not bonus:
                must = body["query"]["bool"].get("must", [])
                for clause in must:
                    should = clause.get("bool", {}).get("should", [])
                    clause["bool"]["should"] = [c for c in should if "constant_score" not in c]
            for part in parts:
                body.pop(part, None)
            searcher().search(index=alias_name("nl"), body=body)

        return answer

    return {
        "request": without(),
        "request_no_highlight": without("highlight"),
        "request_no_aggs": without("aggs"),
        "request_no_bonus": without(bonus=False),
        "request_bare": without("highlight", "aggs", bonus=False),
    }


def server_profile(texts: list[str]) -> dict[str, float]:
    """The profile API on the service's request: median ms of query, collecting, aggregations."""
    from search.engines.client import searcher
    from search.engines.mapping import alias_name
    from search.engines.query import search_body

    parts: dict[str, list[float]] = {}
    for text in texts:
        body = {**search_body(service_request(text)), "profile": True}
        response = searcher().search(index=alias_name("nl"), body=body)
        found: Counter = Counter()
        for shard in response["profile"]["shards"]:
            for searched in shard["searches"]:
                found["query"] += sum(q["time_in_nanos"] for q in searched["query"])
                found["rewrite"] += searched.get("rewrite_time", 0)
                found["collect"] += sum(c["time_in_nanos"] for c in searched["collector"])
            found["aggregations"] += sum(a["time_in_nanos"] for a in shard["aggregations"])
            if "fetch" in shard:
                found["fetch"] += shard["fetch"]["time_in_nanos"]
        found["took"] = response["took"] * 1_000_000
        for name, nanos in found.items():
            parts.setdefault(name, []).append(nanos / 1_000_000)
    return {name: round(statistics.median(values), 1) for name, values in parts.items()}
