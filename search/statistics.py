"""What people search for: counted per normalised query, language and day, in the background.

Nothing personal is kept: not the address, the user, the browser or the filters. Searches by
staff (editors checking a page, advisers collecting a bundle) and by robots are left out, so
the counts show what residents and partners look for, and what they do not find.
"""

import re
from datetime import date, timedelta

from django.conf import settings
from django.db.models import F, Max, Sum
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from modelsearch.utils import normalise_query_string

from core.tasks import enqueue_after_commit
from search.models import SearchTermDay
from search.query import SearchResult

RECORD_TASK = "search.record_search"
MAX_TERM_LENGTH = 200
# Crawlers, link checkers and preview fetchers name themselves in their User-Agent.
ROBOT = re.compile(r"bot|crawl|spider|slurp|fetch|preview|monitor|curl|wget|python", re.I)


def normalised(text: str) -> str:
    return normalise_query_string(text)[:MAX_TERM_LENGTH]


def is_counted(request, result: SearchResult) -> bool:
    """A first page of a typed search by a visitor; not a robot, not staff, not a later page."""
    if not normalised(result.query.text) or result.query.page != 1:
        return False
    agent = request.headers.get("User-Agent", "")
    if not agent or ROBOT.search(agent):
        return False
    user = request.user
    return not (user.is_authenticated and user.has_perm("wagtailadmin.access_admin"))


def count_search(request, result: SearchResult) -> None:
    """Hand the count to the worker: a search never waits on it."""
    if is_counted(request, result):
        enqueue_after_commit(
            RECORD_TASK,
            normalised(result.query.text),
            result.query.locale,
            result.total,
            timezone.localdate().isoformat(),
            best_effort=True,
        )


def record_search(text: str, language: str, total: int, day: str) -> None:
    """One search more for this term on this day; also the count of Wagtail's promotions
    ("popular search terms" and the "Search terms" report)."""
    on = date.fromisoformat(day)
    term, _created = SearchTermDay.objects.get_or_create(day=on, language=language, text=text)
    SearchTermDay.objects.filter(pk=term.pk).update(
        searches=F("searches") + 1,
        zero_hit_searches=F("zero_hit_searches") + (0 if total else 1),
    )
    Query.get(text).add_hit(on)


def searches_without_results(*, days: int = 30, today: date | None = None):
    """Terms that found nothing in the last ``days`` days, most searched first."""
    since = (today or timezone.localdate()) - timedelta(days=days)
    return (
        SearchTermDay.objects.filter(day__gt=since, zero_hit_searches__gt=0)
        .values("text", "language")
        .annotate(searches=Sum("zero_hit_searches"), last_searched=Max("day"))
        .order_by("-searches", "text")
    )


def purge_old_counts(*, today: date | None = None) -> int:
    """Counts older than SEARCH_STATISTICS_DAYS go, ours and Wagtail's daily hits alike."""
    cutoff = (today or timezone.localdate()) - timedelta(days=settings.SEARCH_STATISTICS_DAYS)
    deleted, _by_model = SearchTermDay.objects.filter(day__lt=cutoff).delete()
    QueryDailyHits.garbage_collect(days=settings.SEARCH_STATISTICS_DAYS)
    Query.garbage_collect()  # terms left without hits or promotions
    return deleted
