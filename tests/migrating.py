"""Tests of data migrations: the database taken back to an earlier migration, then forward."""

from contextlib import contextmanager

from django.db import connection
from django.db.migrations.executor import MigrationExecutor


@contextmanager
def database_at(app: str, migration: str):
    """The database migrated back to ``app``'s ``migration``, with that state's models.

    Leaving the block migrates every app forward to its latest migration again, also when the
    block fails, so the tests after it find the schema they expect.
    """
    target = [(app, migration)]
    executor = MigrationExecutor(connection)
    executor.migrate(target)
    try:
        yield executor.loader.project_state(target).apps
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
