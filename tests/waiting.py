"""Waiting for another process (a worker, a search node, a server) to do something."""

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def wait_until(
    read: Callable[[], T],
    seconds: float = 30,
    *,
    until: Callable[[T], object] = bool,
    every: float = 0.2,
) -> T:
    """Reads until ``until(value)`` holds or seconds have passed, and returns the last value.

    ``assert wait_until(lambda: ...)`` waits for a true value; with ``until`` the caller
    asserts on the value itself, so a failure shows what was seen last. ``read`` runs at least
    once, and once more after the time is up.
    """
    deadline = time.monotonic() + seconds
    while True:
        value = read()
        if until(value) or time.monotonic() >= deadline:
            return value
        time.sleep(every)
