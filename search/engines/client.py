"""The search server's client: OpenSearch 2/3 or Elasticsearch 8/9, from the settings.

The connection (URLs, credentials, TLS) is built by Wagtail's own search backend classes
(``modelsearch.backends.*``); see docs/decisions/0008-search-server.md.
"""

from dataclasses import dataclass, replace

from django.conf import settings
from django.utils.module_loading import import_string

from elastic_transport import TransportError as ElasticTransportError
from elasticsearch import ApiError
from opensearchpy.exceptions import TransportError as OpenSearchTransportError

from search.engines.nodes import Elasticsearch8Node

SERVER_ENGINES = {"elasticsearch8", "elasticsearch9", "opensearch2", "opensearch3"}


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
            options["node_class"] = Elasticsearch8Node
        backend_class = import_string(f"modelsearch.backends.{server.engine}.SearchBackend")
        backend = backend_class(
            {"URLS": list(server.urls), "TIMEOUT": server.timeout, "OPTIONS": options}
        )
        _clients[server] = backend.es
    return _clients[server]


def searcher():
    """A client whose requests give up after SEARCH_QUERY_TIMEOUT: searches must answer fast."""
    return client(replace(ServerSettings.from_django(), timeout=settings.SEARCH_QUERY_TIMEOUT))


def transport_errors() -> tuple[type[BaseException], ...]:
    """What a client raises when the server is down, slow or refuses: retried and degraded."""
    # Not serialisation errors: those are mistakes in our request, not an outage.
    return (SearchServerError, OpenSearchTransportError, ElasticTransportError, ApiError, OSError)


def server_version() -> str:
    """'opensearch 2.19.1': the configured distribution and the version of the node that answers.

    From the node info, not the root endpoint, which Elastic's integration-test distribution
    (our Elasticsearch 8 node) lacks.
    """
    nodes = client().nodes.info(node_id="_local", filter_path="nodes.*.version")["nodes"]
    (node,) = nodes.values()
    return f"{settings.SEARCH_ENGINE.rstrip('0123456789')} {node['version']}"
