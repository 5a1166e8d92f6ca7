"""'Bedoelde u …' on the database engines: the closest word from the titles and summaries.

The search server answers the same question from its own index (its term suggester); this is
what PostgreSQL and SQLite use, and what a degraded search falls back to.
"""

import difflib
import functools

from django.core.cache import cache
from django.db import transaction

from wagtail.models import Locale

from rapidfuzz import process
from rapidfuzz.distance import OSA

from core.tasks import enqueue
from search import text as text_tools
from search.models import SearchDocument

# The last list read stands until a refresh replaces it: searches never wait for one.
VOCABULARY_CACHE_SECONDS = 24 * 60 * 60
VOCABULARY_KEY = "search-vocabulary:{locale_id}"
# Set while a refresh is waiting or about to start; the writes of a burst add no other.
REFRESH_PENDING_KEY = "search-vocabulary-refresh-pending"
REFRESH_PENDING_SECONDS = 60
CORRECTIONS_PER_WORD = 3


def vocabulary(locale_id: int) -> list[str]:
    """Every word of more than three letters in the titles, summaries and keywords.

    Read from the cache; only a cold cache makes a search read the table (a full scan, about
    two seconds at 20,000 documents), and after a write a task reads it afresh.
    """
    words = cache.get(VOCABULARY_KEY.format(locale_id=locale_id))
    if words is None:
        words = _store_vocabulary(locale_id)
    return words


def _store_vocabulary(locale_id: int) -> list[str]:
    found: set[str] = set()
    rows = SearchDocument.objects.filter(locale_id=locale_id).values_list(
        "title", "summary", "keywords"
    )
    for row in rows.iterator():
        found.update(word for word in text_tools.words(" ".join(row)) if len(word) > 3)
    words = sorted(found)
    cache.set(VOCABULARY_KEY.format(locale_id=locale_id), words, VOCABULARY_CACHE_SECONDS)
    return words


def refresh_vocabularies() -> None:
    """Every locale's known words read afresh (the task ``search.refresh_vocabularies``)."""
    # Cleared first: a write that commits while the table is read asks for the next refresh.
    cache.delete(REFRESH_PENDING_KEY)
    for locale_id in Locale.objects.values_list("pk", flat=True):
        _store_vocabulary(locale_id)


def vocabulary_changed() -> None:
    """Called by every change of the index: once it commits, the known words are read again
    in the background."""
    transaction.on_commit(_request_refresh, robust=True)


def _request_refresh() -> None:
    if cache.add(REFRESH_PENDING_KEY, True, timeout=REFRESH_PENDING_SECONDS):
        enqueue("search.refresh_vocabularies", best_effort=True)


@functools.lru_cache(maxsize=8)
def vocabulary_stems(words: tuple[str, ...]) -> frozenset[str]:
    """The stems of a vocabulary, computed once per version of it."""
    return frozenset(text_tools.stem(word) for word in words)


def closest_words(text: str, locale_id: int) -> str | None:
    """Each unknown word replaced by the closest known one; None when nothing changed."""
    words = vocabulary(locale_id)
    known = set(words)
    changed = False
    suggestion = []
    for word in text_tools.words(text):
        if word in known or word in text_tools.STOP_WORDS or len(word) <= 3:
            suggestion.append(word)
            continue
        close = difflib.get_close_matches(word, words, n=1, cutoff=0.75)
        if close and close[0] != word:
            suggestion.append(close[0])
            changed = True
        else:
            suggestion.append(word)
    return " ".join(suggestion) if changed else None


def allowed_edits(word: str) -> int:
    """As the search server's ``AUTO`` fuzziness: none up to two letters, one up to five."""
    return 0 if len(word) <= 2 else 1 if len(word) <= 5 else 2


def corrections(words: list[str], locale_id: int) -> tuple[str, ...]:
    """For the words the titles and summaries do not hold, the known words a typo away.

    A typo is one or two edits (a swap of neighbours is one), never in the first letter, as
    the search servers' ``AUTO`` fuzziness counts them. Words the index knows are never
    corrected: "zorg" must not find "zorgt".
    """
    vocabulary_words = vocabulary(locale_id)
    known = set(vocabulary_words)
    found: list[str] = []
    for word in words:
        edits = allowed_edits(word)
        if word in known or len(word) <= 3 or not edits:
            continue
        candidates = [w for w in vocabulary_words if w[0] == word[0]]
        close = process.extract(
            word, candidates, scorer=OSA.distance, score_cutoff=edits, limit=CORRECTIONS_PER_WORD
        )
        found.extend(candidate for candidate, _distance, _index in close)
    return tuple(found)
