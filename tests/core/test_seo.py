"""Canonical address, hreflang alternates, Open Graph and the sitemap of both languages."""

import re

from wagtail.models import Locale

import pytest

from tests.knowledge.factories import CasePageFactory, KnowledgeIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def dutch_case(home_page):
    index = KnowledgeIndexPageFactory(parent=home_page)
    return CasePageFactory(
        parent=index,
        title="Zorgcoöperatie Hoogeloon",
        summary="Het dorp regelt zelf de zorg voor zijn ouderen.",
    )


@pytest.fixture
def english_case(dutch_case):
    english = dutch_case.copy_for_translation(
        Locale.objects.get(language_code="en"), copy_parents=True
    )
    english.title = "Hoogeloon care cooperative"
    english.save_revision().publish()
    english.refresh_from_db()
    return english


def head_links(html: str, rel: str) -> dict[str, str]:
    return dict(re.findall(rf'<link rel="{rel}" hreflang="([^"]+)" href="([^"]+)">', html))


def test_a_translated_page_names_both_languages_and_a_default(client, dutch_case, english_case):
    html = client.get(dutch_case.url).content.decode()

    assert head_links(html, "alternate") == {
        "nl": dutch_case.get_full_url(),
        "en": english_case.get_full_url(),
        "x-default": dutch_case.get_full_url(),
    }


def test_a_page_without_a_live_translation_names_no_alternates(client, dutch_case):
    html = client.get(dutch_case.url).content.decode()

    assert head_links(html, "alternate") == {}


def test_a_draft_translation_is_not_an_alternate(client, dutch_case, english_case):
    english_case.unpublish()

    html = client.get(dutch_case.url).content.decode()

    assert head_links(html, "alternate") == {}


def test_the_canonical_address_leaves_out_the_query(client, dutch_case):
    html = client.get(dutch_case.url, {"utm_source": "nieuwsbrief"}).content.decode()

    assert f'<link rel="canonical" href="{dutch_case.get_full_url()}">' in html


def test_open_graph_gives_title_description_and_locale_per_language(
    client, dutch_case, english_case
):
    html = client.get(english_case.url).content.decode()

    assert '<meta property="og:title" content="Hoogeloon care cooperative">' in html
    assert '<meta property="og:description" content="Het dorp regelt' in html
    assert '<meta property="og:locale" content="en_GB">' in html
    assert '<meta property="og:locale:alternate" content="nl_NL">' in html


def test_the_search_view_names_its_address_in_each_language(client, home_page):
    html = client.get("/zoeken/", {"q": "dorp"}).content.decode()

    links = head_links(html, "alternate")
    assert links["nl"].endswith("/zoeken/")
    assert links["en"].endswith("/en/search/")


def test_the_sitemap_lists_both_trees_with_their_alternates(client, dutch_case, english_case):
    sitemap = client.get("/sitemap.xml").content.decode()

    assert f"<loc>{english_case.get_full_url()}</loc>" in sitemap
    assert f"<loc>{dutch_case.get_full_url()}</loc>" in sitemap
    assert (
        f'<xhtml:link rel="alternate" hreflang="en" href="{english_case.get_full_url()}"/>'
        in sitemap
    )
