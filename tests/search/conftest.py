import os
import subprocess
import uuid

import pytest

from tests.conftest import PROJECT_DIR, require_service
from tests.knowledge.factories import (
    CasePageFactory,
    GlossaryPageFactory,
    GlossaryTermFactory,
    KnowledgeIndexPageFactory,
    ThemeFactory,
    WhitepaperPageFactory,
)


@pytest.fixture
def corpus(home_page, django_capture_on_commit_callbacks):
    """A small knowledge base: three cases, a whitepaper and a glossary with a synonym.

    Index updates are sent after commit; the test transaction never commits, so the
    callbacks are run here, as a real commit would.
    """
    with django_capture_on_commit_callbacks(execute=True):
        return _build_corpus(home_page)


@pytest.fixture
def english_case(site_tree, django_capture_on_commit_callbacks):
    """A case in the English tree, published and indexed as on commit; "Hoogeloon" is in a
    Dutch title too."""
    with django_capture_on_commit_callbacks(execute=True):
        index = KnowledgeIndexPageFactory(parent=site_tree.homes["en"], slug="knowledge-base")
        case = CasePageFactory(
            parent=index,
            title="Hoogeloon care cooperative",
            summary="The oldest care cooperative in the country keeps older people in the village.",
        )
        case.save_revision().publish()
    return case


# What the corpus holds in Dutch: what an empty query finds.
CORPUS_TITLES = {
    "Zorgcoöperatie Hoogeloon",
    "Austerlitz Zorgt",
    "Ouderinitiatief met een persoonsgebonden budget",
    "Samenspel formele en informele zorg",
    "pgb",
}


def _build_corpus(home_page):
    from knowledge.models import GlossaryAlias, InitiativeType, Province

    index = KnowledgeIndexPageFactory(parent=home_page)
    money = ThemeFactory(slug="financiering", name="Financiering")
    housing = ThemeFactory(slug="wonen", name="Wonen")
    brabant = Province.objects.get(locale__language_code="nl", slug="noord-brabant")
    utrecht = Province.objects.get(locale__language_code="nl", slug="utrecht")
    cooperative = InitiativeType.objects.get(locale__language_code="nl", slug="zorgcooperatie")
    hoogeloon = CasePageFactory(
        parent=index,
        title="Zorgcoöperatie Hoogeloon",
        summary="De oudste zorgcoöperatie van het land houdt ouderen in het dorp.",
        province=brabant,
        initiative_type=cooperative,
        themes=[money, housing],
    )
    austerlitz = CasePageFactory(
        parent=index,
        title="Austerlitz Zorgt",
        summary="Een coöperatie in Zeist die de Wmo voor het dorp levert.",
        what_worked=[
            (
                "principle",
                "Vrijwilligers rijden buren naar huisarts & apotheek; de coöperatie betaalt "
                "hun onkosten uit de bijdrage van de leden.",
            )
        ],
        province=utrecht,
        initiative_type=cooperative,
        themes=[money],
    )
    parents = CasePageFactory(
        parent=index,
        title="Ouderinitiatief met een persoonsgebonden budget",
        summary="Ouders regelen samen een woonvorm voor hun kind.",
        province=brabant,
        themes=[housing],
    )
    whitepaper = WhitepaperPageFactory(
        parent=index, title="Samenspel formele en informele zorg", themes=[money]
    )
    GlossaryPageFactory(parent=index)
    pgb = GlossaryTermFactory(term="pgb", slug="pgb", definition="Geld om zelf zorg in te kopen.")
    GlossaryAlias.objects.create(term=pgb, text="persoonsgebonden budget")
    pgb.save()
    return {
        "index": index,
        "hoogeloon": hoogeloon,
        "austerlitz": austerlitz,
        "parents": parents,
        "whitepaper": whitepaper,
    }


SEARCH_NODE_URL = os.environ.get("TEST_SEARCH_URL", "http://127.0.0.1:9250")


def node_version(url: str) -> str | None:
    """'opensearch 2.19.1' or 'elasticsearch 8.19.21' when a search server answers on url.

    Read from the node info, not the root endpoint, which Elastic's integration-test
    distribution lacks; Elasticsearch names itself in a header on every response.
    """
    import json
    import urllib.request

    info = f"{url}/_nodes/_local?filter_path=nodes.*.version"
    try:
        with urllib.request.urlopen(info, timeout=2) as response:  # noqa: S310 - loopback
            (node,) = json.load(response)["nodes"].values()
            product = response.headers.get("X-Elastic-Product")
    except OSError:
        return None
    distribution = "elasticsearch" if product == "Elasticsearch" else "opensearch"
    return f"{distribution} {node['version']}"


def engine_for(version: str) -> str:
    distribution, number = version.split()
    return f"{distribution}{number.split('.')[0]}"


def start_node(url: str) -> str:
    """The node of this run; scripts/opensearch.sh starts it when it is not answering."""
    version = node_version(url)
    if version is None:
        port = url.rsplit(":", 1)[1]
        started = subprocess.run(
            ["scripts/opensearch.sh", "start"],
            cwd=PROJECT_DIR,
            env={**os.environ, "OPENSEARCH_PORT": port},
            capture_output=True,
            text=True,
        )
        version = node_version(url)
        if version is None:
            require_service("The OpenSearch node", started.stderr.strip() or started.stdout)
    return version


def pytest_report_header(config):
    version = node_version(SEARCH_NODE_URL)
    return (
        f"search server: {version or 'not answering (started on first use)'} at {SEARCH_NODE_URL}"
    )


@pytest.fixture(scope="session")
def search_node() -> str:
    return start_node(SEARCH_NODE_URL)


def use_search_server(settings, urls: list[str], version: str):
    """Point the search settings at a server with a fresh index per language; yield the prefix."""
    from search.engines.client import client
    from search.engines.lifecycle import ensure_indexes

    settings.SEARCH_ENGINE = engine_for(version)
    settings.SEARCH_URLS = urls
    settings.SEARCH_INDEX_PREFIX = f"test{uuid.uuid4().hex[:12]}"
    ensure_indexes()
    yield settings.SEARCH_INDEX_PREFIX
    if any(node_version(url) is not None for url in urls):
        # By name: Elasticsearch 8 refuses wildcards in deletes (action.destructive_requires_name).
        es = client()
        names = list(es.indices.get(index=f"{settings.SEARCH_INDEX_PREFIX}_*"))
        if names:
            es.indices.delete(index=",".join(names))


@pytest.fixture
def search_server(search_node, settings):
    """This test's searches and index updates go to the real node, into indexes of its own."""
    yield from use_search_server(settings, [SEARCH_NODE_URL], search_node)


# The server variant is marked, so a run picks its variants with -m: scripts/test runs the
# contract on the embedded default's database with -m "not search_server" and on each other
# search server with -m search_server, and each variant runs once on each engine.
@pytest.fixture(params=["database", pytest.param("search-server", marks=pytest.mark.search_server)])
def search_engine(request):
    """Runs a contract test once per engine: the database of this run and the search server."""
    if request.param == "search-server":
        request.getfixturevalue("search_server")
    return request.param


SPARE_NODE_PORT = os.environ.get("TEST_SPARE_SEARCH_PORT", "9260")


class SpareNode:
    """A throwaway node of its own for the fault tests, stopped and started at will."""

    def __init__(self, port: str) -> None:
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.version = ""

    def _script(self, action: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["scripts/opensearch.sh", action],
            cwd=PROJECT_DIR,
            env={**os.environ, "OPENSEARCH_PORT": self.port, "OPENSEARCH_HEAP": "512m"},
            capture_output=True,
            text=True,
        )

    def start(self) -> None:
        started = self._script("start")
        version = node_version(self.url)
        if version is None:
            require_service("The spare OpenSearch node", started.stderr.strip() or started.stdout)
        self.version = version

    def stop(self) -> None:
        stopped = self._script("stop")
        assert node_version(self.url) is None, stopped.stderr


@pytest.fixture(scope="session")
def spare_node():
    node = SpareNode(SPARE_NODE_PORT)
    node.start()
    yield node
    node.stop()


@pytest.fixture
def spare_server(spare_node, settings):
    """This test's searches and index updates go to the spare node, running at the start."""
    from search.engines.engine import outage

    if node_version(spare_node.url) is None:
        spare_node.start()
    outage.answered()
    settings.SEARCH_RETRY_AFTER = 0
    yield from use_search_server(settings, [spare_node.url], spare_node.version)
