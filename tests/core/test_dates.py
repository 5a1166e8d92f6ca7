"""Months back in the calendar: month ends and leap years."""

import calendar
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.dates import months_before


def test_months_before_handles_the_end_of_the_month():
    moment = datetime(2026, 3, 31, 12, tzinfo=UTC)

    assert months_before(moment, 1) == datetime(2026, 2, 28, 12, tzinfo=UTC)
    assert months_before(moment, 15) == datetime(2024, 12, 31, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("moment", "months", "expected"),
    [
        (datetime(2024, 3, 31), 1, datetime(2024, 2, 29)),
        (datetime(2024, 2, 29), 12, datetime(2023, 2, 28)),
        (datetime(2024, 2, 29), 48, datetime(2020, 2, 29)),
        (datetime(2026, 5, 31), 1, datetime(2026, 4, 30)),
        (datetime(2026, 1, 15), 1, datetime(2025, 12, 15)),
    ],
)
def test_months_before_lands_on_the_last_day_the_month_has(moment, months, expected):
    assert months_before(moment, months) == expected


def test_months_before_keeps_the_time_and_the_time_zone():
    moment = datetime(2026, 7, 31, 23, 59, 30, tzinfo=UTC)

    assert months_before(moment, 2) == datetime(2026, 5, 31, 23, 59, 30, tzinfo=UTC)


@given(
    moment=st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 12, 31)),
    months=st.integers(min_value=0, max_value=600),
)
def test_months_before_goes_back_whole_calendar_months(moment, months):
    earlier = months_before(moment, months)

    year, month = divmod(moment.year * 12 + moment.month - 1 - months, 12)
    assert (earlier.year, earlier.month) == (year, month + 1)
    assert earlier.day == min(moment.day, calendar.monthrange(year, month + 1)[1])
    assert earlier.time() == moment.time()
