"""A three-node search cluster with one replica: with one node gone, searches stay complete."""

import json
import logging
import os
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from search import benchmark
from search.engines.client import client
from search.engines.engine import outage
from search.engines.lifecycle import alias_targets, rebuild
from search.engines.mapping import languages
from search.query import MAX_PAGE_SIZE, SearchQuery
from search.service import search
from tests.conftest import PROJECT_DIR, require_service
from tests.search.conftest import node_version, use_search_server
from tests.waiting import wait_until

pytestmark = pytest.mark.django_db

CLUSTER_PORT = int(os.environ.get("TEST_CLUSTER_SEARCH_PORT", "9270"))
NODES = 3
DOCUMENTS = 300


def health(url: str, **wait: str) -> dict:
    """The cluster health as one node sees it; with wait_for_*, after at most a second."""
    query = urllib.parse.urlencode({**wait, "timeout": "1s"})
    address = f"{url}/_cluster/health?{query}"
    try:
        with urllib.request.urlopen(address, timeout=5) as response:  # noqa: S310 - loopback
            return json.load(response)
    except urllib.error.HTTPError as error:
        # A wait that timed out answers 408 with the health as it is.
        return json.load(error)


class Cluster:
    """Three nodes in one JVM (scripts/opensearch.sh); single nodes stop and start at will."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.urls = [f"http://127.0.0.1:{port + offset}" for offset in range(NODES)]
        self.version = ""
        self.stopped: set[int] = set()

    def _script(self, *arguments: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["scripts/opensearch.sh", *arguments],
            cwd=PROJECT_DIR,
            env={
                **os.environ,
                "OPENSEARCH_PORT": str(self.port),
                "OPENSEARCH_NODES": str(NODES),
                "OPENSEARCH_HEAP": "1g",
            },
            capture_output=True,
            text=True,
        )

    def start(self) -> None:
        started = self._script("start")
        version = node_version(self.urls[0])
        if version is None:
            require_service("The OpenSearch cluster", started.stderr.strip() or started.stdout)
        self.version = version
        # Indexes left by an interrupted run would make the balancer move copies mid-test.
        self._send("DELETE", "/test*")
        # Copies stay where they were allocated: "the node with the primary" must hold still.
        self._send(
            "PUT", "/_cluster/settings", {"transient": {"cluster.routing.rebalance.enable": "none"}}
        )

    def _send(self, method: str, path: str, body: dict | None = None) -> None:
        request = urllib.request.Request(  # noqa: S310 - loopback
            f"{self.urls[0]}{path}",
            data=json.dumps(body).encode() if body is not None else None,
            headers={"Content-Type": "application/json"},
            method=method,
        )
        with urllib.request.urlopen(request, timeout=30):  # noqa: S310 - loopback
            pass

    def stop(self) -> None:
        stopped = self._script("stop")
        assert node_version(self.urls[0]) is None, stopped.stderr

    def stop_node(self, number: int) -> None:
        stopped = self._script("stop-node", str(number))
        assert stopped.returncode == 0, stopped.stderr
        self.stopped.add(number)

    def start_node(self, number: int) -> None:
        started = self._script("start-node", str(number))
        assert started.returncode == 0, started.stderr
        self.stopped.discard(number)

    def running_url(self) -> str:
        return next(url for number, url in enumerate(self.urls, 1) if number not in self.stopped)


@pytest.fixture(scope="module")
def cluster():
    cluster = Cluster(CLUSTER_PORT)
    cluster.start()
    yield cluster
    cluster.stop()


@pytest.fixture
def cluster_server(cluster, site_tree, settings):
    """Synthetic cases indexed with one replica on the cluster, every copy started."""
    settings.SEARCH_REPLICAS = 1
    outage.answered()
    server = use_search_server(settings, cluster.urls, cluster.version)
    prefix = next(server)
    try:
        benchmark.build_corpus(DOCUMENTS)
        for language in languages():
            rebuild(language)
        client().cluster.health(
            index=f"{prefix}_*",
            wait_for_status="green",
            params={"timeout": "60s"},
            request_timeout=65,
        )
        yield prefix
        # The next test starts with every node in the cluster again.
        for number in sorted(cluster.stopped):
            cluster.start_node(number)
    finally:
        next(server, None)


def queries() -> list[SearchQuery]:
    words, more_words = benchmark.queries_for(2)
    return [
        SearchQuery(text=words, page_size=MAX_PAGE_SIZE),
        SearchQuery(text="", sort="newest", page_size=MAX_PAGE_SIZE),
        SearchQuery(text="", filters={"province": ("utrecht",)}, page_size=MAX_PAGE_SIZE),
        SearchQuery(text=more_words, page=2, page_size=20),
    ]


def full_answers() -> list[tuple]:
    """Total, documents in order and facet counts of every query, each answered by the server."""
    answers = []
    for query in queries():
        result = search(query)
        assert not result.degraded
        facets = {facet.name: [(v.value, v.count) for v in facet.values] for facet in result.facets}
        answers.append((result.total, [hit.url for hit in result.hits], facets))
    return answers


def shards(prefix: str) -> list[dict]:
    return client().cat.shards(index=f"{prefix}_*", format="json", h="index,prirep,state,node")


def primary_node(prefix: str) -> int:
    """The number of the node that holds the primary of the Dutch index."""
    (index,) = alias_targets("nl")
    (primary,) = [s for s in shards(prefix) if s["index"] == index and s["prirep"] == "p"]
    return int(primary["node"].removeprefix("Node "))


def wait_for_nodes(url: str, count: int) -> dict:
    """The health as soon as the node at url sees count nodes in the cluster (within 60 s)."""
    # Each health request waits up to a second itself, so no pause between them.
    return wait_until(
        lambda: health(url, wait_for_nodes=str(count)),
        60,
        until=lambda seen: seen["number_of_nodes"] == count,
        every=0,
    )


def test_every_shard_has_a_started_replica_on_another_node(cluster_server):
    copies: dict[str, list[dict]] = {}
    for shard in shards(cluster_server):
        copies.setdefault(shard["index"], []).append(shard)

    assert len(copies) == len(languages())
    for index_copies in copies.values():
        assert sorted(copy["prirep"] for copy in index_copies) == ["p", "r"]
        assert {copy["state"] for copy in index_copies} == {"STARTED"}
        assert len({copy["node"] for copy in index_copies}) == 2


def test_searches_answer_completely_from_the_server_with_the_primary_node_stopped(
    cluster_server, cluster, caplog, record_testsuite_property
):
    before = full_answers()
    assert all(total > 0 for total, _documents, _facets in before)
    number = primary_node(cluster_server)

    started = time.monotonic()
    cluster.stop_node(number)
    seen = wait_for_nodes(cluster.running_url(), NODES - 1)
    record_testsuite_property("cluster_seconds_to_yellow", round(time.monotonic() - started, 2))
    with caplog.at_level(logging.WARNING):
        after = full_answers()

    assert (seen["number_of_nodes"], seen["status"]) == (NODES - 1, "yellow")
    assert after == before
    assert outage.since is None
    # The client met the stopped node and went on to the next one, without a degradation.
    port = f"127.0.0.1:{CLUSTER_PORT + number - 1}"
    assert any(r.name == "opensearch" and port in r.getMessage() for r in caplog.records)
    assert not [r for r in caplog.records if r.name == "search.engines.engine"]
