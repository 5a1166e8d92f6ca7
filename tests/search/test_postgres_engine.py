"""The PostgreSQL engine's bounded ranking: only the best candidates are ranked on the full text."""

from django.db import connection

from search.engines.database import PostgresEngine
from search.query import SearchQuery
from search.service import search
from search.text import singular, stem, words
from tests.search.dutch_text import DUTCH_TEXT

QUERY = "zorg ouders coöperatie"


def _titles_page_by_page(total: int) -> list[str]:
    return [
        hit.title
        for page in range(1, total + 1)
        for hit in search(SearchQuery(text=QUERY, page=page, page_size=1)).hits
    ]


def test_paging_past_the_ranked_candidates_shows_every_match_once(corpus, monkeypatch):
    total = search(SearchQuery(text=QUERY, page_size=50)).total
    monkeypatch.setattr(PostgresEngine, "CANDIDATES", 1)

    titles = _titles_page_by_page(total)

    assert total > 1
    assert len(titles) == len(set(titles)) == total


def test_candidates_are_ranked_above_the_rest(corpus, monkeypatch):
    everything = search(SearchQuery(text=QUERY, page_size=50))
    monkeypatch.setattr(PostgresEngine, "CANDIDATES", 1)

    bounded = search(SearchQuery(text=QUERY, page_size=50))

    assert {hit.title for hit in bounded.hits} == {hit.title for hit in everything.hits}
    assert bounded.hits[0].score >= bounded.hits[1].score
    assert bounded.total == everything.total


def test_postgresql_stems_our_singulars_as_the_portable_engine(db):
    found = words(DUTCH_TEXT)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT (ts_lexize('dutch_stem', w))[1] FROM unnest(%s::text[]) WITH ORDINALITY"
            " AS t(w, n) ORDER BY n",
            [[singular(word) for word in found]],
        )
        stems = [row[0] for row in cursor.fetchall()]

    assert stems == [stem(word) for word in found]
