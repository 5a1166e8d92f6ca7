"""Contract tests of the search service: written once, run against the engine of this run."""

from django.db import connection

import pytest

from search.query import SearchQuery
from search.service import search
from tests.search.conftest import CORPUS_TITLES

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_engine")]


def titles(result) -> list[str]:
    return [hit.title for hit in result.hits]


def facet(result, name: str) -> dict[str, tuple[int, bool]]:
    found = next(f for f in result.facets if f.name == name)
    return {value.value: (value.count, value.selected) for value in found.values}


def test_accents_are_folded(corpus):
    assert "Austerlitz Zorgt" in titles(search(SearchQuery(text="cooperatie")))


def test_plural_finds_the_singular(corpus):
    assert "Zorgcoöperatie Hoogeloon" in titles(search(SearchQuery(text="zorgcooperaties")))


def test_title_match_outranks_a_body_match(corpus):
    assert titles(search(SearchQuery(text="hoogeloon")))[0] == "Zorgcoöperatie Hoogeloon"


def test_abbreviation_finds_the_written_out_term(corpus):
    assert "Ouderinitiatief met een persoonsgebonden budget" in titles(
        search(SearchQuery(text="pgb"))
    )


def test_written_out_term_finds_the_abbreviation(corpus):
    result = search(SearchQuery(text="persoonsgebonden budget", content_types=("glossary",)))

    assert titles(result) == ["pgb"]


def test_quoted_phrase_must_match_as_written(corpus):
    assert titles(search(SearchQuery(text='"oudste zorgcoöperatie"'))) == [
        "Zorgcoöperatie Hoogeloon"
    ]


def test_empty_query_lists_everything_newest_first(corpus):
    result = search(SearchQuery(text="", content_types=("case",)))

    assert result.total == 3
    dates = [hit.date for hit in result.hits]
    assert dates == sorted(dates, reverse=True)


def test_filters_are_conjunctive_across_facets(corpus):
    result = search(SearchQuery(filters={"theme": ("wonen",), "province": ("noord-brabant",)}))

    assert sorted(titles(result)) == [
        "Ouderinitiatief met een persoonsgebonden budget",
        "Zorgcoöperatie Hoogeloon",
    ]


def test_a_second_value_of_one_facet_widens(corpus):
    one = search(SearchQuery(filters={"province": ("utrecht",)}))
    two = search(SearchQuery(filters={"province": ("utrecht", "noord-brabant")}))

    assert two.total > one.total


def test_facet_counts_are_disjunctive_within_a_facet(corpus):
    result = search(SearchQuery(filters={"province": ("utrecht",), "type": ("case",)}))

    counts = facet(result, "province")
    assert counts["utrecht"] == (1, True)
    assert counts["noord-brabant"] == (2, False)
    assert facet(result, "theme") == {"financiering": (1, False)}


def test_multi_valued_themes_count_every_value(corpus):
    counts = facet(search(SearchQuery(content_types=("case",))), "theme")

    assert counts == {"financiering": (2, False), "wonen": (2, False)}


def test_facet_values_are_ordered_by_count_then_name(corpus):
    values = next(f for f in search(SearchQuery()).facets if f.name == "theme").values

    assert [value.value for value in values] == ["financiering", "wonen"]


def test_selected_value_without_results_is_still_shown(corpus):
    result = search(SearchQuery(text="hoogeloon", filters={"province": ("utrecht",)}))

    assert result.total == 0
    assert facet(result, "province")["utrecht"] == (0, True)


def test_unknown_facet_and_value_are_ignored_and_named(corpus):
    result = search(SearchQuery(filters={"colour": ("red",), "theme": ("bestaat-niet",)}))

    assert result.ignored == ["colour", "theme=bestaat-niet"]
    assert result.total == search(SearchQuery()).total


def test_drafts_and_unpublished_pages_are_not_found_nor_counted(
    corpus, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        corpus["austerlitz"].unpublish()

    result = search(SearchQuery(text="cooperatie"))

    assert "Austerlitz Zorgt" not in titles(result)
    assert facet(search(SearchQuery()), "province").get("utrecht") is None


def test_private_pages_are_not_found(corpus, django_capture_on_commit_callbacks):
    from wagtail.models import PageViewRestriction

    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=corpus["austerlitz"], restriction_type=PageViewRestriction.LOGIN
        )

    assert "Austerlitz Zorgt" not in titles(search(SearchQuery(text="Zeist")))


def test_other_locale_is_not_searched(corpus, english_case):
    assert titles(search(SearchQuery(text="hoogeloon", locale="en"))) == [english_case.title]
    assert titles(search(SearchQuery(text="hoogeloon"))) == ["Zorgcoöperatie Hoogeloon"]


def test_snippet_highlights_and_escapes(corpus):
    hit = search(SearchQuery(text="huisarts")).hits[0]

    assert hit.summary.startswith("Een coöperatie in Zeist")
    assert "<mark>huisarts</mark> &amp; apotheek" in hit.snippet


def test_typo_gets_a_suggestion(corpus):
    assert search(SearchQuery(text="hoogelon")).suggestion == "hoogeloon"


def test_a_misspelled_word_finds_what_it_means(corpus):
    # One letter left out, as a caller's spelling: its stem is not Hoogeloon's ("hoogelon",
    # which matches as typed), so only the correction finds it.
    assert titles(search(SearchQuery(text="hogeloon"))) == ["Zorgcoöperatie Hoogeloon"]


def test_a_typo_in_the_first_letter_is_not_corrected(corpus):
    assert search(SearchQuery(text="moogeloon")).total == 0


def test_a_corrected_word_widens_like_the_word_it_means(corpus):
    result = search(SearchQuery(text="hogeloon austerlitz"))

    assert sorted(titles(result)) == ["Austerlitz Zorgt", "Zorgcoöperatie Hoogeloon"]


def test_a_word_new_to_a_renamed_page_is_corrected_to_at_once(
    corpus, django_capture_on_commit_callbacks
):
    search(SearchQuery(text="hogeloon"))  # the known words are read, and kept
    case = corpus["austerlitz"]
    case.title = "Austerlitz Zorgt en Wellerlooi"
    with django_capture_on_commit_callbacks(execute=True):
        case.save_revision().publish()

    assert titles(search(SearchQuery(text="welerlooi"))) == ["Austerlitz Zorgt en Wellerlooi"]


def test_a_word_as_typed_outranks_a_corrected_one(corpus):
    assert titles(search(SearchQuery(text="austerlits hoogeloon")))[:2] == [
        "Zorgcoöperatie Hoogeloon",
        "Austerlitz Zorgt",
    ]


def test_question_words_and_filler_leave_the_content_words(corpus):
    spoken = search(SearchQuery(text="wij zoeken andere voorbeelden van een zorgcoöperatie"))

    assert titles(spoken) == titles(search(SearchQuery(text="zorgcoöperatie")))


# "zorg" is in the whitepaper's title and the pgb definition; as the first part of a compound
# ("Zorgcoöperatie") or in "zorgt" it is another word.
ABOUT_ZORG = ["Samenspel formele en informele zorg", "pgb"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Query syntax of SQL, tsquery and LIKE is searched as words, which no document holds.
        ("' OR 1=1 --", []),
        ("a:*|!(b", []),
        ("%_\\", []),
        # Around hostile characters, and repeated past the length cap, the plain word is found.
        ("\x00zorg", ABOUT_ZORG),
        ("😀 漢字 zorg", ABOUT_ZORG),
        ("zorg " * 300, ABOUT_ZORG),
        # Quotes alone leave no word: an empty query, which finds everything.
        ('"', sorted(CORPUS_TITLES)),
        ('""', sorted(CORPUS_TITLES)),
    ],
)
def test_hostile_text_finds_what_its_plain_words_find(corpus, text, expected):
    result = search(SearchQuery(text=text))

    assert (result.total, sorted(titles(result))) == (len(expected), expected)


def test_page_beyond_the_end_gives_the_last_page(corpus):
    result = search(SearchQuery(page=999, page_size=2))

    assert result.page == result.num_pages
    assert result.hits


def test_a_new_slug_is_followed_by_the_index(corpus, django_capture_on_commit_callbacks):
    from search.models import SearchDocument

    case = corpus["hoogeloon"]
    case.slug = "hoogeloon-bladel"
    with django_capture_on_commit_callbacks(execute=True):
        case.save_revision().publish()

    assert SearchDocument.objects.get(page_id=case.pk).url.endswith("/hoogeloon-bladel/")


def test_editors_pin_a_page_for_a_query(corpus):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    query = Query.get("geld voor het dorpshuis")
    SearchPromotion.objects.create(query=query, page=corpus["austerlitz"], sort_order=0)

    result = search(SearchQuery(text="Geld voor het dorpshuis"))

    assert [hit.title for hit in result.promoted] == ["Austerlitz Zorgt"]


def test_searching_never_stores_the_query(corpus):
    from wagtail.contrib.search_promotions.models import Query

    search(SearchQuery(text="iets heel anders"))

    assert not Query.objects.exists()


def test_pin_to_an_unpublished_page_is_not_shown(corpus, django_capture_on_commit_callbacks):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    SearchPromotion.objects.create(query=Query.get("zeist"), page=corpus["austerlitz"])
    with django_capture_on_commit_callbacks(execute=True):
        corpus["austerlitz"].unpublish()

    assert search(SearchQuery(text="zeist")).promoted == []


def test_the_result_names_the_engine_that_answered(corpus, search_engine, settings):
    result = search(SearchQuery(text="cooperatie"))

    database = "postgresql" if connection.vendor == "postgresql" else "portable"
    expected = settings.SEARCH_ENGINE if search_engine == "search-server" else database
    assert (result.answered_by, result.degraded) == (expected, False)


def test_published_since_keeps_pages_first_published_from_then_on(
    corpus, django_capture_on_commit_callbacks
):
    from datetime import timedelta

    from django.utils import timezone

    from wagtail.models import Page

    since = timezone.now() - timedelta(days=1)
    Page.objects.exclude(pk=corpus["hoogeloon"].pk).update(
        first_published_at=since - timedelta(days=30)
    )
    with django_capture_on_commit_callbacks(execute=True):
        for name in ("austerlitz", "parents", "whitepaper"):
            page = Page.objects.get(pk=corpus[name].pk).specific
            page.save_revision().publish()  # an edit: the first publication stays where it was
        corpus["hoogeloon"].save_revision().publish()

    result = search(SearchQuery(published_since=since))

    assert titles(result) == ["Zorgcoöperatie Hoogeloon"]
    assert result.hits[0].page_id == corpus["hoogeloon"].pk


def test_published_since_combines_with_filters(corpus):
    from datetime import timedelta

    from django.utils import timezone

    hour_ago = timezone.now() - timedelta(hours=1)
    result = search(SearchQuery(filters={"theme": ("wonen",)}, published_since=hour_ago))

    assert set(titles(result)) == {
        "Zorgcoöperatie Hoogeloon",
        "Ouderinitiatief met een persoonsgebonden budget",
    }
    assert search(SearchQuery(published_since=timezone.now() + timedelta(hours=1))).total == 0


# Search per language (issue 14 item 4): English content, English analysis; Dutch as fallback.


@pytest.fixture
def english_funding_case(site_tree, django_capture_on_commit_callbacks):
    """An English case whose theme is still the Dutch term (chosen before the theme was
    translated), while the English theme's slug was translated to "funding"."""
    from knowledge.models import Theme
    from tests.knowledge.factories import CasePageFactory, KnowledgeIndexPageFactory

    Theme.objects.filter(locale__language_code="en", slug="financiering").update(slug="funding")
    dutch_theme = Theme.objects.get(locale__language_code="nl", slug="financiering")
    with django_capture_on_commit_callbacks(execute=True):
        index = KnowledgeIndexPageFactory(parent=site_tree.homes["en"], slug="knowledge-base")
        case = CasePageFactory(
            parent=index,
            title="Neighbours run the village shop",
            summary="The shop is funded by its members and a local fund.",
            themes=[dutch_theme],
        )
        case.save_revision().publish()
    return case


def test_english_pages_are_stemmed_in_english(english_funding_case):
    assert titles(search(SearchQuery(text="funding", locale="en"))) == [english_funding_case.title]


def test_english_theme_filter_finds_a_case_tagged_with_the_dutch_term(english_funding_case):
    result = search(SearchQuery(filters={"theme": ("funding",)}, locale="en"))

    assert titles(result) == [english_funding_case.title]
    assert facet(result, "theme")["funding"] == (1, True)


def test_english_search_without_english_matches_offers_the_dutch_ones(corpus, english_case):
    result = search(SearchQuery(text="austerlitz", locale="en"))

    assert (result.total, result.fallback_language) == (0, "nl")
    assert [hit.title for hit in result.fallback_hits] == ["Austerlitz Zorgt"]


def test_english_matches_offer_no_dutch_results(corpus, english_case):
    assert search(SearchQuery(text="hoogeloon", locale="en")).fallback_hits == []


def test_dutch_search_without_matches_offers_no_other_language(corpus, english_case):
    result = search(SearchQuery(text="xylofoon"))

    assert (result.total, result.fallback_hits, result.fallback_language) == (0, [], "")


def test_dutch_fallback_keeps_english_filters_by_translation_key(corpus, english_funding_case):
    result = search(
        SearchQuery(text="zorgcoöperatie", filters={"theme": ("funding",)}, locale="en")
    )

    assert [hit.title for hit in result.fallback_hits] == ["Zorgcoöperatie Hoogeloon"]


def test_a_theme_translated_later_is_found_by_its_english_slug(
    site_tree, django_capture_on_commit_callbacks
):
    from knowledge.models import Theme
    from tests.knowledge.factories import CasePageFactory, KnowledgeIndexPageFactory

    english = Theme.objects.get(locale__language_code="en", slug="financiering")
    english.delete()
    dutch_theme = Theme.objects.get(locale__language_code="nl", slug="financiering")
    with django_capture_on_commit_callbacks(execute=True):
        index = KnowledgeIndexPageFactory(parent=site_tree.homes["en"], slug="knowledge-base")
        case = CasePageFactory(parent=index, title="A shop of its members", themes=[dutch_theme])
        case.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        Theme.objects.create(
            locale=english.locale,
            translation_key=dutch_theme.translation_key,
            slug="funding",
            name="Funding",
        )

    result = search(SearchQuery(filters={"theme": ("funding",)}, locale="en"))

    assert titles(result) == [case.title]
