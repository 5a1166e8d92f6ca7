"""The PostgreSQL engine's bounded ranking: only the best candidates are ranked on the full text."""

from search.engines import PostgresEngine
from search.query import SearchQuery
from search.service import search

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
