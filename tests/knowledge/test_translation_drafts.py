"""A translation never goes live with untranslated text: not by "translate", not by tree sync."""

from wagtail.models import Locale, Page

import pytest
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.operations import translate_object

from .factories import CasePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def english(site_tree):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def dutch_case(knowledge_index):
    case = CasePageFactory(parent=knowledge_index, title="Zorgcoöperatie in het dorp")
    case.save_revision().publish()
    return case


def test_translating_a_published_case_makes_an_unpublished_draft(dutch_case, english, client):
    translate_object(dutch_case.get_parent().specific, [english])
    dutch_case.get_parent().get_translation(english).save_revision().publish()
    translate_object(dutch_case, [english])

    translation = dutch_case.get_translation(english)
    assert (translation.live, translation.alias_of_id) == (False, None)
    assert client.get(f"/en{translation.url_path[len('/home-en') :]}").status_code == 404


def test_translating_keeps_the_translated_parents_offline_too(dutch_case, english):
    translate_object(dutch_case, [english])

    parent = dutch_case.get_parent().specific.get_translation(english)
    assert parent.live is False


def test_synchronising_the_tree_creates_only_offline_aliases(dutch_case, english):
    LocaleSynchronization.objects.create(locale=english, sync_from=dutch_case.locale)

    aliases = Page.objects.filter(locale=english, alias_of__isnull=False)
    assert aliases.filter(alias_of=dutch_case).exists()
    assert not aliases.filter(live=True).exists()


def test_publishing_the_source_again_leaves_its_alias_offline(dutch_case, english):
    LocaleSynchronization.objects.create(locale=english, sync_from=dutch_case.locale)

    dutch_case.title = "Zorgcoöperatie in het dorp, bijgewerkt"
    dutch_case.save_revision().publish()

    alias = Page.objects.get(locale=english, alias_of=dutch_case)
    assert (alias.title, alias.live) == ("Zorgcoöperatie in het dorp, bijgewerkt", False)
