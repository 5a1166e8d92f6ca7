"""'Bedoelde u …' on the database engines: the closest word from the titles and summaries.

The search server answers the same question from its own index (its term suggester); this is
what PostgreSQL and SQLite use, and what a degraded search falls back to.
"""

import difflib
import functools

from django.core.cache import cache
from django.db import transaction

from rapidfuzz import process
from rapidfuzz.distance import OSA

from search import text as text_tools
from search.models import SearchDocument

VOCABULARY_CACHE_SECONDS = 60 * 60
CORRECTIONS_PER_WORD = 3


# Every write to the index moves the generation on, so a search needs no query to know
# whether its cached word list still holds.
GENERATION_KEY = "search-vocabulary-generation"


def forget_vocabulary() -> None:
    """Called on every write to the index: now, and again when the write commits, so a
    search that read the list in between does not keep the old one."""
    _next_generation()
    transaction.on_commit(_next_generation)


def _next_generation() -> None:
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 1, timeout=None)


def vocabulary(locale_id: int) -> list[str]:
    """Every word of more than three letters in the titles, summaries and keywords."""
    key = f"search-vocabulary:{locale_id}:{cache.get(GENERATION_KEY, 0)}"
    words = cache.get(key)
    if words is None:
        documents = SearchDocument.objects.filter(locale_id=locale_id)
        found: set[str] = set()
        for row in documents.values_list("title", "summary", "keywords").iterator():
            found.update(word for word in text_tools.words(" ".join(row)) if len(word) > 3)
        words = sorted(found)
        cache.set(key, words, timeout=VOCABULARY_CACHE_SECONDS)
    return words


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
