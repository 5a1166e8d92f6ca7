"""Translators change the English vocabulary and glossary; the Dutch terms stay with the editors."""

from django.urls import reverse

from wagtail.models import Locale

import pytest
from wagtail_localize.operations import translate_object

from knowledge.editorial import EDITORS
from knowledge.translators import TRANSLATORS, ensure_translators

from .factories import GlossaryTermFactory, ThemeFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def translator(site_tree, editorial):
    ensure_translators(site_tree.homes["en"])
    return UserFactory(username="vertaler", groups=[TRANSLATORS])


@pytest.fixture
def dutch_theme(site_tree):
    return ThemeFactory(slug="wonen", name="Wonen")


@pytest.fixture
def english_theme(dutch_theme):
    translate_object(dutch_theme, [Locale.objects.get(language_code="en")])
    return dutch_theme.get_translation(Locale.objects.get(language_code="en"))


def snippet_url(instance, view: str = "edit") -> str:
    name = instance.snippet_viewset.get_url_name(view)
    return reverse(name, args=[instance.pk]) if view == "edit" else reverse(name)


def refused(response) -> bool:
    """Wagtail's admin answers a refused view with a redirect home and a message."""
    return response.status_code == 302 and response.url == reverse("wagtailadmin_home")


def test_translator_cannot_open_a_dutch_theme(client, translator, dutch_theme):
    client.force_login(translator)

    response = client.get(snippet_url(dutch_theme))

    assert refused(response)


def test_translator_cannot_change_a_dutch_glossary_term(client, translator, site_tree):
    term = GlossaryTermFactory(term="Mantelzorg", definition="Zorg voor een naaste.")
    client.force_login(translator)

    response = client.post(snippet_url(term), {"term": "Mantelzorg", "definition": "Anders."})

    assert refused(response)
    term.refresh_from_db()
    assert term.definition == "Zorg voor een naaste."


def test_translator_opens_the_english_translation_of_a_theme(client, translator, english_theme):
    client.force_login(translator)

    response = client.get(snippet_url(english_theme))

    assert response.status_code == 200


def test_translators_list_links_the_english_theme_only(
    client, translator, dutch_theme, english_theme
):
    client.force_login(translator)

    response = client.get(snippet_url(dutch_theme, "list"))

    assert snippet_url(english_theme).encode() in response.content
    assert snippet_url(dutch_theme).encode() not in response.content


def test_an_editor_who_also_translates_still_changes_dutch_glossary_terms(
    client, translator, site_tree
):
    term = GlossaryTermFactory(term="Mantelzorg")
    editor_translator = UserFactory(username="redacteur-vertaler", groups=[TRANSLATORS, EDITORS])
    client.force_login(editor_translator)

    response = client.get(snippet_url(term))

    assert response.status_code == 200
