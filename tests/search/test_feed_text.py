"""The Atom feed carries any query and any stored text: it always parses as XML 1.0."""

import io

import pytest
from defusedxml.ElementTree import fromstring
from hypothesis import HealthCheck, given, settings

from search.api import CleanAtom1Feed
from search.models import SearchDocument
from tests.core.hostile import hostile_text, http_text

ATOM = "{http://www.w3.org/2005/Atom}"


def written(feed) -> bytes:
    out = io.BytesIO()
    feed.write(out, "utf-8")
    return out.getvalue()


@given(title=hostile_text, description=hostile_text, author=hostile_text)
def test_any_text_makes_a_feed_that_parses(title, description, author):
    feed = CleanAtom1Feed(title=title, link="/zoeken/", description=description)
    feed.add_item(title=title, link="/item/", description=description, author_name=author)

    parsed = fromstring(written(feed))

    assert parsed.find(f"{ATOM}entry") is not None


@pytest.mark.django_db
@pytest.mark.parametrize("character", ["%01", "%1B", "%0B", "%EF%BF%BE", "%ED%A0%80"])
def test_a_control_character_in_the_query_gives_a_feed(client, corpus, character):
    response = client.get(f"/zoeken/feed/?q=zorg{character}")

    assert response.status_code == 200
    assert fromstring(response.content).tag == f"{ATOM}feed"


@pytest.mark.django_db
def test_a_nul_in_the_query_is_refused_before_the_feed(client, corpus):
    # No query can carry a NUL (core.middleware): the 400 page, in Dutch.
    response = client.get("/zoeken/feed/?q=zorg%00")

    assert response.status_code == 400
    assert "Dit adres klopt niet" in response.content.decode()


@pytest.mark.django_db
def test_a_stored_title_with_a_control_character_does_not_break_the_feed(client, corpus):
    # As stored before the guard existed: update() writes past it.
    SearchDocument.objects.filter(title="Zorgcoöperatie Hoogeloon").update(
        title="Nieuwsbrief\x0bwinter 2024", summary="escape\x1b[31m en \x01"
    )

    response = client.get("/zoeken/feed/", {"q": "Hoogeloon"})

    assert response.status_code == 200
    titles = [
        entry.find(f"{ATOM}title").text
        for entry in fromstring(response.content).iter(f"{ATOM}entry")
    ]
    assert "Nieuwsbrief winter 2024" in titles


@pytest.mark.django_db
@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=http_text)
def test_any_query_text_gives_a_feed_that_parses(client, corpus, text):
    response = client.get("/zoeken/feed/", {"q": text})

    if "\x00" in text:
        assert response.status_code == 400
        return
    assert response.status_code == 200
    fromstring(response.content)
