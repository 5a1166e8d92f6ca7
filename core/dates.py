"""Calendar arithmetic that belongs to no area: retention periods in months."""

from datetime import datetime

from dateutil.relativedelta import relativedelta


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time ``months`` calendar months earlier; a day the month lacks becomes
    its last day (31 March minus one month is 28 or 29 February)."""
    return moment - relativedelta(months=months)
