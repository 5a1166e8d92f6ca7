"""Each filtered view has a feed of its own: its id, its links and a title naming its filters."""

import pytest
from defusedxml.ElementTree import fromstring

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def feed_of(client, params: dict):
    response = client.get("/zoeken/feed/", params)
    assert response.status_code == 200
    return fromstring(response.content)


def link(feed, rel: str) -> str:
    return next(item.get("href") for item in feed.findall(f"{ATOM}link") if item.get("rel") == rel)


def test_the_title_names_the_words_and_every_filter(client, corpus):
    feed = feed_of(client, {"q": "zorg", "thema": "financiering", "provincie": "utrecht"})

    assert feed.find(f"{ATOM}title").text == "Kennisbank: “zorg”, Financiering, Utrecht"


def test_an_unfiltered_feed_is_called_newest(client, corpus):
    assert feed_of(client, {}).find(f"{ATOM}title").text == "Kennisbank: nieuwste"


def test_the_feed_links_back_to_the_same_filtered_view(client, corpus):
    feed = feed_of(client, {"thema": "financiering", "provincie": "utrecht"})

    assert link(feed, "alternate") == (
        "http://testserver/zoeken/?thema=financiering&provincie=utrecht"
    )
    assert link(feed, "self") == (
        "http://testserver/zoeken/feed/?thema=financiering&provincie=utrecht"
    )


def test_two_filters_make_two_feeds_with_their_own_id(client, corpus):
    money = feed_of(client, {"thema": "financiering"}).find(f"{ATOM}id").text
    housing = feed_of(client, {"thema": "wonen"}).find(f"{ATOM}id").text

    assert money.endswith("/zoeken/?thema=financiering")
    assert housing.endswith("/zoeken/?thema=wonen")


def test_an_unknown_filter_value_is_left_out_of_the_title(client, corpus):
    feed = feed_of(client, {"thema": ["wonen", "bestaat-niet"]})

    assert feed.find(f"{ATOM}title").text == "Kennisbank: Wonen"
