"""Who sees what: the addresses only for the alerts staff group; the counts for editors."""

from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.db.models import Count

from alerts.filters import describe
from alerts.models import Subscription
from core.groups import ensure_group

ALERTS_GROUP = "E-mailmeldingen"
# Exactly what the people who answer questions about alerts need; nobody else gets the
# subscription permissions, so nobody else sees an address.
ALERTS_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("alerts", "view_subscription"),
    ("alerts", "change_subscription"),
    ("alerts", "delete_subscription"),
]


def ensure_alerts_group() -> Group:
    """Idempotent; permissions the group should not have are taken away."""
    return ensure_group(ALERTS_GROUP, ALERTS_PERMISSIONS, only_these=True)


@dataclass(frozen=True)
class FollowedView:
    description: str
    query: str
    language: str
    count: int


def followed_views() -> list[FollowedView]:
    """Confirmed alerts per filter combination (paused ones count), most followed first."""
    rows = (
        Subscription.objects.exclude(status=Subscription.PENDING)
        .values("query", "language")
        .annotate(count=Count("id"))
        .order_by("-count", "language", "query")
    )
    return [
        FollowedView(
            describe(row["query"], row["language"]), row["query"], row["language"], row["count"]
        )
        for row in rows
    ]
