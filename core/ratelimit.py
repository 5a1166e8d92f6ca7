"""Rate limits: requests counted per visitor address in the shared cache.

Behind reverse proxies ``REMOTE_ADDR`` is the nearest proxy's address, the same for every
visitor; with ``TRUSTED_PROXIES`` set to the number of proxies in front of the site, the
address comes from the ``X-Forwarded-For`` entry the outermost trusted proxy added. Entries
before it are whatever the visitor sent and are never trusted.
"""

from django.conf import settings
from django.core.cache import cache


def client_address(request) -> str:
    proxies = settings.TRUSTED_PROXIES
    if proxies:
        forwarded = [
            entry.strip()
            for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if entry.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "unknown")


def _key(scope: str, request) -> str:
    return f"rate:{scope}:{client_address(request)}"


def count(scope: str, request, window_seconds: int) -> int:
    """Adds this request to the visitor's count; the window starts at the first request."""
    key = _key(scope, request)
    if cache.add(key, 1, timeout=window_seconds):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # the window ended between add() and incr()
        cache.set(key, 1, timeout=window_seconds)
        return 1


def counted(scope: str, request) -> int:
    """The visitor's count in the current window, without adding to it."""
    return cache.get(_key(scope, request)) or 0


def exceeded(scope: str, request, limit: int, window_seconds: int) -> bool:
    """Counts this request and tells whether it is over the limit."""
    return count(scope, request, window_seconds) > limit
