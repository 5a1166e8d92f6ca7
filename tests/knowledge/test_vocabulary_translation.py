"""Vocabularies in English: translations of the Dutch terms, shown on the English site."""

from wagtail.models import Locale

import pytest
from wagtail_localize.operations import translate_object

from knowledge.models import InitiativeType, LegalForm, Province, Theme

from .factories import CasePageFactory, KnowledgeIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def english(site_tree):
    return Locale.objects.get(language_code="en")


def test_every_dutch_term_has_an_english_translation_with_the_same_slug(english):
    for model in (Theme, InitiativeType, LegalForm, Province):
        dutch = dict(
            model.objects.filter(locale__language_code="nl").values_list("slug", "translation_key")
        )
        translated = dict(
            model.objects.filter(locale=english).values_list("slug", "translation_key")
        )
        assert translated == dutch


def case_with_dutch_facts(home, index_slug: str, title: str):
    """A published case whose province and legal form are the Dutch terms."""
    index = KnowledgeIndexPageFactory(parent=home, slug=index_slug)
    case = CasePageFactory(
        parent=index,
        title=title,
        province=Province.objects.get(locale__language_code="nl", slug="noord-brabant"),
        legal_form=LegalForm.objects.get(
            locale__language_code="nl", slug="cooperatieve-vereniging"
        ),
    )
    case.save_revision().publish()
    return case


@pytest.fixture
def english_case(site_tree, english):
    """A case in the English tree whose facts point at the Dutch terms, as a copied page does."""
    return case_with_dutch_facts(
        site_tree.homes["en"], "knowledge-base", "Hoogeloon care cooperative"
    )


def test_the_facts_of_an_english_case_read_english(client, english_case):
    html = client.get(english_case.url).content.decode()

    assert "<dd>North Brabant</dd>" in html
    assert "<dd>Cooperative association</dd>" in html
    assert "Coöperatieve vereniging" not in html


def test_a_term_without_a_translation_keeps_its_dutch_name_marked_dutch(
    client, english_case, english
):
    LegalForm.objects.filter(locale=english, slug="cooperatieve-vereniging").delete()

    html = client.get(english_case.url).content.decode()

    assert '<dd><span lang="nl">Coöperatieve vereniging</span></dd>' in html


@pytest.fixture
def dutch_case_with_facts(site_tree):
    return case_with_dutch_facts(site_tree.homes["nl"], "kennisbank", "Zorgcoöperatie in het dorp")


def test_translating_a_case_leaves_the_english_terms_as_they_were(dutch_case_with_facts, english):
    translate_object(dutch_case_with_facts, [english])

    assert Province.objects.get(locale=english, slug="noord-brabant").name == "North Brabant"
    assert (
        LegalForm.objects.get(locale=english, slug="cooperatieve-vereniging").name
        == "Cooperative association"
    )


def test_a_translated_case_links_the_same_terms_as_its_source(dutch_case_with_facts, english):
    translate_object(dutch_case_with_facts, [english])

    copy = dutch_case_with_facts.get_translation(english).get_latest_revision_as_object()
    assert copy.province.translation_key == dutch_case_with_facts.province.translation_key
