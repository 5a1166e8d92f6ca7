"""The search-server engine, and the engine that falls back to the database when it fails."""

import logging
import threading
import time
from dataclasses import replace

from django.conf import settings

from search.engines.client import searcher, transport_errors
from search.engines.contract import Engine, EngineAnswer, EngineRequest, split_counts
from search.engines.mapping import alias_name
from search.engines.query import count_rows, search_body

logger = logging.getLogger(__name__)


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
            count_rows(response["aggregations"], request.filters), request.filters
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
            answered_by=settings.SEARCH_ENGINE,
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


class DegradingEngine:
    """The search server, or the database engine within a short timeout when it fails.

    An answer from the database in the server's place says so (``degraded``).
    """

    def __init__(self, server: OpenSearchEngine, database: Engine) -> None:
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
                return answer
        return replace(self.database.search(request), degraded=True)

    def suggest(self, text: str, language: str, locale_id: int) -> str | None:
        if not outage.skip_server():
            try:
                return self.server.suggest(text, language, locale_id)
            except transport_errors() as error:
                outage.failed(error)
        return self.database.suggest(text, language, locale_id)
