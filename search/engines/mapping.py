"""The search server's index of one language: its name, settings, mapping and documents.

The ``SearchDocument`` table stays the source of truth of what is searchable; each row is
copied as one document into the index of its language, behind an alias.
"""

import hashlib
import json

from django.conf import settings

from search import synonyms
from search import text as text_tools
from search.models import SearchDocument


def plural_filters() -> dict:
    """search.text's Dutch plural rules as the server's filters, in the same order."""
    return {
        f"plural_{suffix}": {
            "type": "pattern_replace",
            "pattern": text_tools.plural_pattern(suffix),
            "replacement": f"$1{rest}",
        }
        for suffix, rest in text_tools.DUTCH_PLURALS
    }


LANGUAGE_FILTERS = {
    "nl": {
        "stop": {"type": "stop", "stopwords": "_dutch_"},
        **plural_filters(),
        "stemmer": {"type": "stemmer", "language": "dutch"},
    },
    "en": {
        "possessive": {"type": "stemmer", "language": "possessive_english"},
        "stop": {"type": "stop", "stopwords": "_english_"},
        "stemmer": {"type": "stemmer", "language": "english"},
    },
}


def alias_name(language: str, prefix: str | None = None) -> str:
    return f"{prefix or settings.SEARCH_INDEX_PREFIX}_documents_{language}"


def languages() -> list[str]:
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def synonym_rules(language: str) -> list[str]:
    """The glossary's terms and their aliases as Solr-style equivalence rules."""
    groups = {
        tuple(sorted({form, *alternatives}))
        for form, alternatives in synonyms.synonym_groups(language).items()
    }
    return sorted(", ".join(group) for group in groups if len(group) > 1)


def segment_slices() -> dict:
    """OpenSearch (2.17 or newer) searches a shard's segments on this many threads at once.

    At 100,000 documents a search scores and counts almost every document; two slices on two
    cores brought the p95 from 80 to 49 ms (docs/benchmarks.md). Elasticsearch does this on its
    own and refuses the settings.
    """
    if not settings.SEARCH_ENGINE.startswith("opensearch") or settings.SEARCH_SEGMENT_SLICES < 2:
        return {}
    return {
        "search.concurrent_segment_search.mode": "all",
        "search.concurrent.max_slice_count": settings.SEARCH_SEGMENT_SLICES,
    }


def index_body(language: str) -> dict:
    """Settings and mapping of one language's index, with their fingerprint in ``_meta``.

    Synonyms are read from the glossary now; a changed glossary or a new release's mapping
    changes the fingerprint, and the reconcile task rebuilds an index whose fingerprint is old.
    """
    body = _index_settings_and_mapping(language)
    schema = json.dumps(body, sort_keys=True).encode()
    body["mappings"]["_meta"] = {"schema": hashlib.sha256(schema).hexdigest()[:16]}
    return body


def _index_settings_and_mapping(language: str) -> dict:
    language_filters = LANGUAGE_FILTERS.get(language, LANGUAGE_FILTERS["en"])
    filters = {f"{language}_{name}": spec for name, spec in language_filters.items()}
    filters[f"{language}_synonyms"] = {
        "type": "synonym_graph",
        "synonyms": synonym_rules(language),
        "lenient": True,
    }
    chain = [f"{language}_{name}" for name in language_filters]
    analyzers = {
        "text": {"tokenizer": "standard", "filter": ["lowercase", "asciifolding", *chain]},
        "text_search": {
            "tokenizer": "standard",
            "filter": ["lowercase", "asciifolding", f"{language}_synonyms", *chain],
        },
        "spell": {"tokenizer": "standard", "filter": ["lowercase", "asciifolding"]},
    }
    text = {"type": "text", "analyzer": "text", "search_analyzer": "text_search"}
    # Without length norms on the short fields a one-word title (a glossary term) no longer
    # outranks the case that holds the same word in a longer title: recall@3 1.00 either way,
    # mrr 0.70 -> 0.95 on ../shared/eval/queries-dev.tsv (docs/benchmarks.md).
    short_text = {**text, "norms": False}
    return {
        "settings": {
            "index": {
                "number_of_shards": 1,
                "number_of_replicas": settings.SEARCH_REPLICAS,
                **segment_slices(),
            },
            "analysis": {
                "filter": filters,
                "analyzer": analyzers,
                "normalizer": {"sort": {"type": "custom", "filter": ["lowercase", "asciifolding"]}},
            },
        },
        "mappings": {
            "dynamic": "strict",
            "properties": {
                "id": {"type": "long"},
                "locale": {"type": "integer"},
                "kind": {"type": "keyword"},
                "title": {
                    **short_text,
                    "copy_to": "spell",
                    "fields": {"sort": {"type": "keyword", "normalizer": "sort"}},
                },
                "summary": {**short_text, "copy_to": "spell"},
                "keywords": {**short_text, "copy_to": "spell"},
                # Offsets in the postings: the fastest way for the highlighter to mark words
                # (term vectors were a third of the search time at 100,000 documents).
                "body": {**text, "index_options": "offsets"},
                "spell": {"type": "text", "analyzer": "spell"},
                "date": {"type": "date"},
                "first_published_at": {"type": "date"},
                # Every facet value as one "facet:value" keyword, as in the table: one terms
                # aggregation counts all facets at once; ordinals built at refresh, not on
                # the first search after it.
                "facet_keys": {"type": "keyword", "eager_global_ordinals": True},
                "fingerprint": {"type": "keyword", "index": False},
            },
        },
    }


# The table's columns a server document is made of, read as plain values by the bulk load.
SOURCE_COLUMNS = (
    "id",
    "locale_id",
    "kind",
    "title",
    "summary",
    "keywords",
    "body",
    "date",
    "first_published_at",
    "facet_keys",
)


def document_source(document: SearchDocument) -> dict:
    return row_source({column: getattr(document, column) for column in SOURCE_COLUMNS})


def row_source(row: dict) -> dict:
    """The server's document of one row of the table (``SOURCE_COLUMNS``), with the fingerprint
    the drift check compares."""
    source = {
        "id": row["id"],
        "locale": row["locale_id"],
        "kind": row["kind"],
        "title": row["title"],
        "summary": row["summary"],
        "keywords": row["keywords"],
        "body": row["body"],
        "date": row["date"].isoformat() if row["date"] else None,
        "first_published_at": (
            row["first_published_at"].isoformat() if row["first_published_at"] else None
        ),
        "facet_keys": sorted(row["facet_keys"].split()),
    }
    digest = hashlib.sha256(json.dumps(source, sort_keys=True).encode()).hexdigest()
    return {**source, "fingerprint": digest[:16]}
