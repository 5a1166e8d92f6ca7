"""What every search engine answers: one ``EngineRequest`` in, one ``EngineAnswer`` out.

The request holds a parsed query, validated filters, locale, order and the slice wanted; the
answer the ranked ids of that slice, the total, the facet counts, highlighted snippets and
which engine gave it. The service does the rest: validation, labels, hits. This module
imports no engine: the engines import it.
"""

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from search import synonyms
from search import text as text_tools
from search.documents import FACETS


@dataclass(frozen=True)
class ParsedQuery:
    """Words (each with its alternatives from the glossary) and quoted phrases.

    ``corrections`` are the known words a typo away from words no title or summary holds;
    they match for less than a word as typed (search/suggestions.py).
    """

    word_groups: tuple[tuple[str, ...], ...]
    phrases: tuple[str, ...]
    corrections: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.word_groups and not self.phrases


@dataclass(frozen=True)
class EngineRequest:
    parsed: ParsedQuery
    language: str
    locale_id: int
    filters: dict[str, tuple[str, ...]]  # validated; disjunctive within a facet, conjunctive across
    content_types: tuple[str, ...] = ()
    published_since: datetime | None = None  # first published at or after
    newest_first: bool = False
    offset: int = 0
    limit: int = 10


@dataclass(frozen=True)
class EngineAnswer:
    ranked: list[tuple[int, float]]  # document ids of the requested slice, with their scores
    total: int
    counts: dict[str, dict[str, int]]  # facet -> value -> count; a selected facet disjunctively
    snippets: dict[int, str]  # id -> safe HTML with <mark> around matched words
    answered_by: str  # the engine that answered: "postgresql", "portable", "opensearch2", ...
    # The search server failed and the database answered in its place.
    degraded: bool = False


class Engine(Protocol):
    name: str

    def search(self, request: EngineRequest) -> EngineAnswer: ...

    def suggest(self, text: str, language: str, locale_id: int) -> str | None:
        """'Bedoelde u …': the query with unknown words replaced, or None."""
        ...


PHRASE = re.compile(r'"([^"]+)"')


def parse(raw: str, language: str) -> ParsedQuery:
    """Quoted phrases must match as written; other words match alone or through a synonym."""
    phrases = tuple(p.strip() for p in PHRASE.findall(raw) if p.strip())
    rest, groups = synonyms.expand_query(PHRASE.sub(" ", raw), language)
    known = synonyms.synonym_groups(language)
    for word in rest.split():
        if word not in text_tools.STOP_WORDS:
            groups.append((word, *known.get(word, ())))
    return ParsedQuery(
        tuple(groups[: text_tools.MAX_QUERY_WORDS]), phrases[: text_tools.MAX_QUERY_WORDS]
    )


def split_counts(rows, filters: dict[str, tuple[str, ...]]) -> dict[str, dict[str, int]]:
    """Rows of (counted for facet or "" for all unselected, "facet:value", count)."""
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for scope, key, count in rows:
        facet, _, value = key.partition(":")
        if facet in FACETS and scope == (facet if facet in filters else ""):
            counts[facet][value] = count
    return dict(counts)
