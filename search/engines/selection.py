"""Which engine answers: the database's, or the search server with the database behind it."""

from search.engines.client import server_configured
from search.engines.contract import Engine
from search.engines.database import database_engine
from search.engines.engine import DegradingEngine, OpenSearchEngine


def current_engine() -> Engine:
    database = database_engine()
    if not server_configured():
        return database
    return DegradingEngine(OpenSearchEngine(), database)
