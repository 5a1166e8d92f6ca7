"""The engines behind the search service.

``contract`` is what every engine answers (it imports no engine); ``database`` holds the
PostgreSQL and SQLite engines; the search server is ``client``, ``mapping``, ``lifecycle``,
``query`` and ``engine`` (with the engine that falls back to the database); ``selection``
picks the engine of the settings.
"""
