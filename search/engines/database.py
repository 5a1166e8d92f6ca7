"""The database engines: PostgreSQL full text, and a portable one for SQLite (the demo)."""

import json
from collections import Counter

from django.db import connection, transaction
from django.db.models import Q
from django.utils.html import escape

from search import suggestions
from search import text as text_tools
from search.engines.contract import EngineAnswer, EngineRequest, ParsedQuery, split_counts
from search.index import text_search_config
from search.models import SearchDocument, decode_facets, facet_key

MARK_START, MARK_END = "\x02", "\x03"
SNIPPET_WORDS = 30
EVERY_WORD_BONUS = 1.0
# A word matched only through a typo's correction counts for less than the word as typed.
CORRECTION_WEIGHT = 0.5


def mark_to_html(text: str) -> str:
    return escape(text).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")


class DatabaseSuggestions:
    """The database engines' 'Bedoelde u …': the closest words of the titles and summaries."""

    def suggest(self, text: str, language: str, locale_id: int) -> str | None:
        return suggestions.closest_words(text, locale_id)


class PostgresEngine(DatabaseSuggestions):
    """One statement per search: match through the GIN index, filter, count, rank, highlight.

    Matching and counting never read a document's body or full vector: the GIN bitmap decides
    the matches and the counts come from the row's own facet keys. Only a bounded candidate
    set (the best ``CANDIDATES`` by title and summary, those holding every word first) is
    ranked on the full vector; the rest keep that cheaper order (docs/benchmarks.md).
    """

    name = "postgresql"
    CANDIDATES = 500
    # ts_rank weights for D, C, B, A: title and summary weigh more than body.
    WEIGHTS = "{0.05, 0.2, 0.5, 1.0}"

    def _tsquery(
        self, parsed: ParsedQuery, params: dict, *, every_word: bool, language: str
    ) -> str:
        """tsquery SQL: words OR-ed (or AND-ed), each with its synonyms; phrases always AND-ed."""
        groups = []
        for group in parsed.word_groups:
            alternatives = []
            for alternative in group:
                name = f"w{len(params)}"
                params[name] = text_tools.normalize(alternative, language)
                function = "phraseto_tsquery" if " " in alternative else "plainto_tsquery"
                alternatives.append(f"{function}(%(config)s::regconfig, %({name})s)")
            groups.append("(" + " || ".join(alternatives) + ")")
        query = (" && " if every_word else " || ").join(groups)
        for phrase in parsed.phrases:
            name = f"w{len(params)}"
            params[name] = text_tools.normalize(phrase, language)
            part = f"phraseto_tsquery(%(config)s::regconfig, %({name})s)"
            query = f"({query}) && {part}" if query else part
        return query

    def _corrections_tsquery(self, request: EngineRequest, params: dict) -> str:
        """tsquery SQL of the corrections of misspelled words, "" when there are none."""
        alternatives = []
        for correction in request.parsed.corrections:
            name = f"w{len(params)}"
            params[name] = correction
            alternatives.append(f"plainto_tsquery(%(config)s::regconfig, %({name})s)")
        return " || ".join(alternatives)

    def _rank(
        self, vector: str, any_word: str, every_word: str, corrected: str, word_groups: int
    ) -> str:
        rank = (
            f"ts_rank('{self.WEIGHTS}'::float4[], {vector}, {any_word})"
            f" + CASE WHEN {vector} @@ ({every_word}) THEN {EVERY_WORD_BONUS} ELSE 0 END"
        )
        if corrected:
            # ts_rank of an OR-query shares the rank among its words: the correction stands
            # for one word of the query, not the whole of it.
            weights = f"'{self.WEIGHTS}'::float4[]"
            share = CORRECTION_WEIGHT / max(1, word_groups)
            rank += f" + {share} * ts_rank({weights}, {vector}, {corrected})"
        return rank

    def search(self, request: EngineRequest) -> EngineAnswer:
        params: dict = {
            "config": text_search_config(request.language),
            "locale": request.locale_id,
            "kinds": list(request.content_types),
            "offset": request.offset,
            "limit": request.limit,
            "candidates": self.CANDIDATES,
        }
        # "+ 0": the locale's own index must not win over the GIN index (see search()).
        where = ["d.locale_id + 0 = %(locale)s"]
        if request.content_types:
            where.append("d.kind = ANY(%(kinds)s)")
        if request.published_since:
            params["since"] = request.published_since
            where.append("d.first_published_at >= %(since)s")
        ranked_by_text = not request.parsed.is_empty
        if ranked_by_text:
            any_word = self._tsquery(
                request.parsed, params, every_word=False, language=request.language
            )
            every_word = self._tsquery(
                request.parsed, params, every_word=True, language=request.language
            )
            corrected = self._corrections_tsquery(request, params)
            groups = len(request.parsed.word_groups)
            matched = f"({any_word}) || ({corrected})" if corrected else any_word
            where.append(f"d.search_vector @@ ({matched})")
            if request.parsed.phrases:
                where.append(f"d.search_vector @@ ({every_word})")
            # Cheap: title and summary only, read from the row. Full: the whole document,
            # read for the candidates alone.
            head_rank = self._rank("d.head_vector", any_word, every_word, corrected, groups)
            full_rank = self._rank("f.search_vector", any_word, every_word, corrected, groups)
            headline = f"ts_headline(%(config)s::regconfig, d.body, {matched}, %(headline)s)"
            params["headline"] = (
                f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords={SNIPPET_WORDS}, "
                'MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'
            )
        else:
            head_rank, full_rank, headline = "0.0", "f.cheap", "''"
        cheap_order = "ORDER BY cheap DESC, date DESC NULLS LAST, title, id"
        if request.newest_first or not ranked_by_text:
            order = "{p}date DESC NULLS LAST, {p}title, {p}id"
            page = (
                "SELECT f.id, f.date, f.title, f.cheap AS score FROM {filtered} f"
                f" ORDER BY {order.format(p='f.')} OFFSET %(offset)s LIMIT %(limit)s"
            )
        else:
            order = "{p}in_top DESC, {p}score DESC, {p}date DESC NULLS LAST, {p}title, {p}id"
            top = f"SELECT * FROM {{filtered}} {cheap_order} LIMIT %(candidates)s"
            if request.offset + request.limit <= self.CANDIDATES:
                # The page lies within the candidates: rank those alone.
                page = (
                    f"SELECT f.id, f.date, f.title, TRUE AS in_top, {full_rank} AS score"
                    f" FROM ({top}) f ORDER BY {order.format(p='')}"
                    " OFFSET %(offset)s LIMIT %(limit)s"
                )
            else:
                # Beyond them the cheaper order continues.
                page = (
                    "SELECT f.id, f.date, f.title, t.id IS NOT NULL AS in_top,"
                    f" CASE WHEN t.id IS NULL THEN f.cheap ELSE {full_rank} END AS score"
                    f" FROM {{filtered}} f LEFT JOIN ({top}) t ON t.id = f.id"
                    f" ORDER BY {order.format(p='')} OFFSET %(offset)s LIMIT %(limit)s"
                )

        filter_sql = {}
        for facet, values in request.filters.items():
            params[f"filter_{facet}"] = [facet_key(facet, value) for value in values]
            filter_sql[facet] = f"keys && %(filter_{facet})s::text[]"

        def conditions(skip: str = "") -> str:
            return " AND ".join(sql for facet, sql in filter_sql.items() if facet != skip) or "TRUE"

        count_parts = [
            "SELECT '', key, count(*) FROM (SELECT unnest(keys) AS key FROM {filtered}) k"
            " GROUP BY key"
        ]
        for facet in filter_sql:
            params[f"prefix_{facet}"] = f"{facet}:%"
            count_parts.append(
                f"SELECT '{facet}', key, count(*) FROM (SELECT unnest(keys) AS key FROM matches"
                f" WHERE {conditions(skip=facet)}) k WHERE key LIKE %(prefix_{facet})s GROUP BY key"
            )
        # Without filters the matches are the filtered set: no second copy.
        filtered = "filtered" if filter_sql else "matches"
        filtered_cte = (
            f"filtered AS MATERIALIZED (SELECT * FROM matches WHERE {conditions()}),"
            if filter_sql
            else ""
        )
        sql = f"""
            WITH matches AS MATERIALIZED (
                SELECT d.id, d.date, d.title, d.search_vector, d.facet_array AS keys,
                       {head_rank} AS cheap
                FROM search_searchdocument d WHERE {" AND ".join(where)}
            ),
            {filtered_cte}
            page AS ({page.replace("{filtered}", filtered)}),
            counts AS ({" UNION ALL ".join(count_parts).replace("{filtered}", filtered)})
            SELECT
                (SELECT count(*) FROM {filtered}),
                (SELECT coalesce(json_agg(json_build_array(p.id, p.score, {headline})
                                          ORDER BY {order.format(p="p.")}), '[]')
                 FROM page p JOIN search_searchdocument d ON d.id = p.id),
                (SELECT coalesce(json_agg(json_build_array(scope, key, n)), '[]')
                 FROM counts AS c (scope, key, n))
        """
        # The planner does not cost reading TOASTed vectors and would scan every row for a
        # common word; the GIN bitmap answers the same question without touching them.
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute(sql, params)
            total, ranked, counts = cursor.fetchone()
            cursor.execute("SET LOCAL enable_seqscan TO DEFAULT")
        ranked = json.loads(ranked) if isinstance(ranked, str) else ranked
        counts = json.loads(counts) if isinstance(counts, str) else counts
        return EngineAnswer(
            ranked=[(row[0], float(row[1] or 0)) for row in ranked],
            total=total,
            counts=split_counts(counts, request.filters),
            snippets={
                row[0]: mark_to_html(row[2]) for row in ranked if row[2] and MARK_START in row[2]
            },
            answered_by=self.name,
        )


class PortableEngine(DatabaseSuggestions):
    """For SQLite (the demo): accent-folded, lightly stemmed terms; ranked in Python.

    Fine for a demo of a few hundred documents; production runs on PostgreSQL.
    """

    name = "portable"
    candidate_limit = 2000

    def _stems(self, parsed: ParsedQuery, language: str) -> list[set[str]]:
        groups = [
            {
                text_tools.stem(word, language)
                for alternative in group
                for word in text_tools.words(alternative)
            }
            for group in parsed.word_groups
        ]
        groups += [
            {text_tools.stem(word, language) for word in text_tools.words(p)}
            for p in parsed.phrases
        ]
        return groups

    def _scores(
        self, candidates, parsed: ParsedQuery, corrected: set[str], language: str
    ) -> dict[int, float]:
        groups = self._stems(parsed, language)
        scores = {}
        for document in candidates:
            fields = [
                (set(text_tools.terms(document.title, language)), 1.0),
                (set(text_tools.terms(f"{document.summary} {document.keywords}", language)), 0.5),
                (set(document.terms.split()), 0.2),
            ]
            matched_groups = 0
            score = 0.0
            for group in groups:
                weights = [weight for words, weight in fields if words & group]
                if weights:
                    matched_groups += 1
                    score += max(weights)
            corrected_weights = [weight for words, weight in fields if words & corrected]
            if corrected_weights:
                score += CORRECTION_WEIGHT * max(corrected_weights)
            words = text_tools.words(" ".join([document.title, document.summary, document.body]))
            text = f" {' '.join(words)} "
            phrase_ok = all(
                f" {' '.join(text_tools.words(phrase))} " in text for phrase in parsed.phrases
            )
            if (matched_groups or corrected_weights) and phrase_ok:
                scores[document.pk] = score / len(groups) + (
                    EVERY_WORD_BONUS if matched_groups == len(groups) else 0
                )
        return scores

    def search(self, request: EngineRequest) -> EngineAnswer:
        documents = SearchDocument.objects.filter(locale_id=request.locale_id)
        if request.content_types:
            documents = documents.filter(kind__in=request.content_types)
        if request.published_since:
            documents = documents.filter(first_published_at__gte=request.published_since)
        parsed = request.parsed
        language = request.language
        corrected = {text_tools.stem(word, language) for word in parsed.corrections}
        if not parsed.is_empty:
            condition = Q()
            stems = {stem for group in self._stems(parsed, language) for stem in group}
            for stem in stems | corrected:
                condition |= Q(terms__contains=stem)
            documents = documents.filter(condition)
        candidates = list(documents.order_by("-date", "title")[: self.candidate_limit])
        scores = (
            self._scores(candidates, parsed, corrected, language)
            if not parsed.is_empty
            else {document.pk: 0.0 for document in candidates}
        )
        matches = [document for document in candidates if document.pk in scores]
        keys = {document.pk: set(document.facet_keys.split()) for document in matches}

        def passes(document, skip: str = "") -> bool:
            return all(
                keys[document.pk] & {facet_key(facet, value) for value in values}
                for facet, values in request.filters.items()
                if facet != skip
            )

        filtered = [document for document in matches if passes(document)]
        counts: dict[str, dict[str, int]] = {}
        unselected = Counter(key for document in filtered for key in keys[document.pk])
        for key, count in unselected.items():
            facet, _, value = key.partition(":")
            if facet not in request.filters:
                counts.setdefault(facet, {})[value] = count
        for facet in request.filters:
            counted = Counter(
                value
                for document in matches
                if passes(document, skip=facet)
                for value in decode_facets(document.facet_keys).get(facet, [])
            )
            counts[facet] = dict(counted)

        def newest(document):
            return -(document.date.timestamp() if document.date else float("-inf"))

        if request.newest_first or parsed.is_empty:
            filtered.sort(key=lambda d: (newest(d), d.title))
        else:
            filtered.sort(key=lambda d: (-scores[d.pk], newest(d), d.title))
        page = filtered[request.offset : request.offset + request.limit]
        return EngineAnswer(
            ranked=[(document.pk, scores[document.pk]) for document in page],
            total=len(filtered),
            counts=counts,
            snippets=self._snippets(page, parsed, corrected, language),
            answered_by=self.name,
        )

    def _snippets(
        self, page, parsed: ParsedQuery, corrected: set[str], language: str
    ) -> dict[int, str]:
        stems = {stem for group in self._stems(parsed, language) for stem in group} | corrected
        result = {}
        for document in page:
            words = document.body.split()
            positions = [
                index
                for index, word in enumerate(words)
                if any(text_tools.stem(w, language) in stems for w in text_tools.words(word))
            ]
            if not positions:
                continue
            start = max(0, positions[0] - 8)
            window = words[start : start + SNIPPET_WORDS]
            marked = [
                f"{MARK_START}{word}{MARK_END}"
                if any(text_tools.stem(w, language) in stems for w in text_tools.words(word))
                else word
                for word in window
            ]
            prefix = "… " if start else ""
            suffix = " …" if start + SNIPPET_WORDS < len(words) else ""
            result[document.id] = mark_to_html(prefix + " ".join(marked) + suffix)
        return result


def database_engine() -> PostgresEngine | PortableEngine:
    """The engine of the configured database."""
    return PostgresEngine() if connection.vendor == "postgresql" else PortableEngine()
