"""Django's Redis cache, made to survive an outage of Redis.

Without it every ``cache.get`` raises while Redis is down, so pages that read the cache
(glossary links, facet labels) and every rate-limited form answer 500. Here a failing Redis
is set aside for ``RETRY_SECONDS`` and the process's own memory cache stands in: cached
values are computed afresh, and rate limits count per process (each web process keeps
its own counter, so the limit still holds, a few times looser) instead of failing open or
shut. One warning is logged when an outage begins and one line when Redis answers again,
however many requests fall in between.
"""

import logging
import threading
import time

from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache

import redis

logger = logging.getLogger(__name__)

RETRY_SECONDS = 10


class _Outages:
    """When each Redis location last failed; shared by the threads' cache instances."""

    def __init__(self):
        self._lock = threading.Lock()
        self._down_since: dict[str, float] = {}

    def usable(self, location: str) -> bool:
        failed_at = self._down_since.get(location)
        return failed_at is None or time.monotonic() - failed_at >= RETRY_SECONDS

    def failed(self, location: str, error: Exception) -> None:
        with self._lock:
            began = location not in self._down_since
            self._down_since[location] = time.monotonic()
        if began:
            logger.warning(
                "Redis cache unreachable (%s: %s); using each process's memory until it "
                "answers again",
                type(error).__name__,
                error,
            )

    def answered(self, location: str) -> None:
        if location not in self._down_since:
            return
        with self._lock:
            ended = self._down_since.pop(location, None) is not None
        if ended:
            logger.warning("Redis cache answers again")


OUTAGES = _Outages()


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._location = server if isinstance(server, str) else ",".join(server)
        # LocMemCache instances with one name share their storage: one per process.
        self._standin = LocMemCache(f"redis-standin:{self._location}", params)

    def _call(self, method: str, *args, **kwargs):
        if OUTAGES.usable(self._location):
            try:
                result = getattr(RedisCache, method)(self, *args, **kwargs)
            except redis.RedisError as error:
                OUTAGES.failed(self._location, error)
            else:
                OUTAGES.answered(self._location)
                return result
        return getattr(self._standin, method)(*args, **kwargs)

    def add(self, *args, **kwargs):
        return self._call("add", *args, **kwargs)

    def get(self, *args, **kwargs):
        return self._call("get", *args, **kwargs)

    def set(self, *args, **kwargs):
        return self._call("set", *args, **kwargs)

    def touch(self, *args, **kwargs):
        return self._call("touch", *args, **kwargs)

    def delete(self, *args, **kwargs):
        return self._call("delete", *args, **kwargs)

    def get_many(self, *args, **kwargs):
        return self._call("get_many", *args, **kwargs)

    def has_key(self, *args, **kwargs):
        return self._call("has_key", *args, **kwargs)

    def incr(self, *args, **kwargs):
        return self._call("incr", *args, **kwargs)

    def set_many(self, *args, **kwargs):
        return self._call("set_many", *args, **kwargs)

    def delete_many(self, *args, **kwargs):
        return self._call("delete_many", *args, **kwargs)

    def clear(self):
        return self._call("clear")
