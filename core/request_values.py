"""Numbers from requests, checked before they reach a query.

PostgreSQL refuses integers outside bigint with an error, where SQLite quietly copes; and
``str.isdigit()`` accepts characters ``int()`` cannot read ("²"). Values that cannot be a row
id are dropped, counts and page numbers are clamped.
"""

import re
from collections.abc import Iterable

MAX_BIGINT = 2**63 - 1
ID = re.compile(r"[0-9]{1,19}")


def row_id(value: str | None) -> int | None:
    """The id of a row (ASCII digits, 1 up to bigint's maximum), or None."""
    if value is None or not ID.fullmatch(value):
        return None
    number = int(value)
    return number if 0 < number <= MAX_BIGINT else None


def row_ids(values: Iterable[str]) -> list[int]:
    return [number for value in values if (number := row_id(value)) is not None]


def clamped_int(value: str | None, default: int, minimum: int, maximum: int) -> int:
    """A whole number within [minimum, maximum]; the default when it is none or not a number."""
    if value is None:
        return default
    try:
        number = int(value)
    except ValueError:  # also thousands of digits, which int() refuses to read
        return default
    return min(max(minimum, number), maximum)
