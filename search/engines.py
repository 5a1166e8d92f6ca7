"""The database engines behind the search service: PostgreSQL full text, and a portable one.

Both take the same parsed query and a queryset of candidate documents (locale, type and facet
filters already applied) and return it narrowed to the matches with a ``score`` annotation,
plus highlighted snippets for the hits of one page.
"""

import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connection
from django.db.models import Case, F, FloatField, QuerySet, Value, When
from django.utils.html import escape

from search import text as text_tools
from search.index import text_search_config
from search.models import SearchDocument

MARK_START, MARK_END = "\x02", "\x03"
SNIPPET_WORDS = 30


@dataclass(frozen=True)
class ParsedQuery:
    """Words (each with its alternatives from the glossary) and quoted phrases."""

    word_groups: tuple[tuple[str, ...], ...]
    phrases: tuple[str, ...]

    @property
    def is_empty(self) -> bool:
        return not self.word_groups and not self.phrases


PHRASE = re.compile(r'"([^"]+)"')


def parse(raw: str, language: str) -> ParsedQuery:
    """Quoted phrases must match as written; other words match alone or through a synonym."""
    from search import synonyms

    phrases = tuple(p.strip() for p in PHRASE.findall(raw) if p.strip())
    rest, groups = synonyms.expand_query(PHRASE.sub(" ", raw), language)
    known = synonyms.synonym_groups(language)
    for word in rest.split():
        if word not in text_tools.STOP_WORDS:
            groups.append((word, *known.get(word, ())))
    return ParsedQuery(
        tuple(groups[: text_tools.MAX_QUERY_WORDS]), phrases[: text_tools.MAX_QUERY_WORDS]
    )


def mark_to_html(text: str) -> str:
    return escape(text).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")


class PostgresEngine:
    name = "postgresql"

    def _query(self, parsed: ParsedQuery, config: str, *, every_word: bool) -> SearchQuery | None:
        combined = None
        for group in parsed.word_groups:
            alternatives = None
            for alternative in group:
                search_type = "phrase" if " " in alternative else "plain"
                part = SearchQuery(
                    text_tools.normalize(alternative), search_type=search_type, config=config
                )
                alternatives = part if alternatives is None else alternatives | part
            if combined is None:
                combined = alternatives
            else:
                combined = combined & alternatives if every_word else combined | alternatives
        for phrase in parsed.phrases:
            part = SearchQuery(text_tools.normalize(phrase), search_type="phrase", config=config)
            combined = part if combined is None else combined & part
        return combined

    def match(self, documents: QuerySet, parsed: ParsedQuery, language: str) -> QuerySet:
        config = text_search_config(language)
        any_word = self._query(parsed, config, every_word=False)
        every_word = self._query(parsed, config, every_word=True)
        matched = documents.filter(search_vector=any_word)
        if parsed.phrases:
            matched = matched.filter(search_vector=every_word)
        # Title and summary weigh more than body (weights are D, C, B, A); a document with
        # every word outranks one with some.
        return matched.annotate(
            score=SearchRank(F("search_vector"), any_word, weights=[0.05, 0.2, 0.5, 1.0])
            + Case(
                When(search_vector=every_word, then=Value(1.0)),
                default=Value(0.0),
                output_field=FloatField(),
            )
        )

    def snippets(self, ids: list[int], parsed: ParsedQuery, language: str) -> dict[int, str]:
        if not ids or parsed.is_empty:
            return {}
        config = text_search_config(language)
        query = self._query(parsed, config, every_word=False)
        rows = SearchDocument.objects.filter(id__in=ids).annotate(
            headline=SearchHeadline(
                "body",
                query,
                config=config,
                start_sel=MARK_START,
                stop_sel=MARK_END,
                max_words=SNIPPET_WORDS,
                min_words=12,
                max_fragments=2,
                fragment_delimiter=" … ",
            )
        )
        return {
            row.id: mark_to_html(row.headline)
            for row in rows.only("id")
            if MARK_START in row.headline
        }


class PortableEngine:
    """For SQLite (the demo): accent-folded, lightly stemmed terms; ranked in Python.

    Fine for a demo of a few hundred documents; production runs on PostgreSQL.
    """

    name = "portable"
    candidate_limit = 2000

    def _stems(self, parsed: ParsedQuery) -> list[set[str]]:
        groups = [
            {
                text_tools.stem(word)
                for alternative in group
                for word in text_tools.words(alternative)
            }
            for group in parsed.word_groups
        ]
        groups += [{text_tools.stem(word) for word in text_tools.words(p)} for p in parsed.phrases]
        return groups

    def match(self, documents: QuerySet, parsed: ParsedQuery, language: str) -> QuerySet:
        from django.db.models import Q

        groups = self._stems(parsed)
        condition = Q()
        for stem in {stem for group in groups for stem in group}:
            condition |= Q(terms__contains=stem)
        candidates = list(documents.filter(condition)[: self.candidate_limit])
        scores = {}
        for document in candidates:
            fields = [
                (set(text_tools.terms(document.title)), 1.0),
                (set(text_tools.terms(document.summary + " " + document.keywords)), 0.5),
                (set(document.terms.split()), 0.2),
            ]
            matched_groups = 0
            score = 0.0
            for group in groups:
                weights = [weight for words, weight in fields if words & group]
                if weights:
                    matched_groups += 1
                    score += max(weights)
            words = text_tools.words(" ".join([document.title, document.summary, document.body]))
            text = f" {' '.join(words)} "
            phrase_ok = all(
                f" {' '.join(text_tools.words(phrase))} " in text for phrase in parsed.phrases
            )
            if matched_groups and phrase_ok:
                scores[document.pk] = score / len(groups) + (
                    1.0 if matched_groups == len(groups) else 0
                )
        whens = [When(pk=pk, then=Value(score)) for pk, score in scores.items()]
        return documents.filter(pk__in=list(scores)).annotate(
            score=Case(*whens, default=Value(0.0), output_field=FloatField())
        )

    def snippets(self, ids: list[int], parsed: ParsedQuery, language: str) -> dict[int, str]:
        stems = {stem for group in self._stems(parsed) for stem in group}
        result = {}
        for document in SearchDocument.objects.filter(id__in=ids).only("id", "body"):
            words = document.body.split()
            positions = [
                index
                for index, word in enumerate(words)
                if any(text_tools.stem(w) in stems for w in text_tools.words(word))
            ]
            if not positions:
                continue
            start = max(0, positions[0] - 8)
            window = words[start : start + SNIPPET_WORDS]
            marked = [
                f"{MARK_START}{word}{MARK_END}"
                if any(text_tools.stem(w) in stems for w in text_tools.words(word))
                else word
                for word in window
            ]
            prefix = "… " if start else ""
            suffix = " …" if start + SNIPPET_WORDS < len(words) else ""
            result[document.id] = mark_to_html(prefix + " ".join(marked) + suffix)
        return result


def current_engine():
    return PostgresEngine() if connection.vendor == "postgresql" else PortableEngine()
