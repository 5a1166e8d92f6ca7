from django.template import Context, Template
from django.utils import translation

import pytest

from knowledge.models import GlossaryAlias

from .factories import GlossaryPageFactory, GlossaryTermFactory

pytestmark = pytest.mark.django_db


def render_linked(html: str) -> str:
    with translation.override("nl"):
        return Template("{% load knowledge_tags %}{{ html|safe|link_glossary_terms }}").render(
            Context({"html": html})
        )


@pytest.fixture
def glossary(knowledge_index):
    page = GlossaryPageFactory(parent=knowledge_index)
    pgb = GlossaryTermFactory(term="pgb", slug="pgb", definition="Persoonsgebonden budget.")
    GlossaryAlias.objects.create(term=pgb, text="persoonsgebonden budget")
    GlossaryTermFactory(term="Wmo", slug="wmo")
    GlossaryTermFactory(term="ANBI", slug="anbi")
    return page


def test_glossary_page_lists_terms_from_a_to_z(client, glossary):
    response = client.get(glossary.url)

    letters = [letter for letter, _ in response.context["letters"]]
    assert letters == ["A", "P", "W"]
    assert 'id="pgb"' in response.content.decode()


def test_synonyms_are_kept_apart_from_abbreviations(glossary):
    from knowledge.models import GlossaryTerm

    term = GlossaryTerm.objects.get(slug="pgb")
    GlossaryAlias.objects.create(term=term, text="PGB", kind=GlossaryAlias.ABBREVIATION)

    assert term.synonyms == ["persoonsgebonden budget"]
    assert term.abbreviations == ["PGB"]


def test_first_use_of_a_term_links_to_its_definition(glossary):
    html = render_linked("<p>Met een pgb regelt u zelf zorg. Het pgb is flexibel.</p>")

    assert html.count('class="glossary-link"') == 1
    assert f'href="{glossary.url}#pgb">pgb</a>' in html


def test_synonym_links_to_the_same_definition(glossary):
    html = render_linked("<p>Een persoonsgebonden budget helpt.</p>")

    assert f'href="{glossary.url}#pgb">persoonsgebonden budget</a>' in html


def test_text_inside_an_existing_link_is_left_alone(glossary):
    html = render_linked('<p><a href="/elders/">de Wmo-loket</a> en de Wmo</p>')

    assert '<a href="/elders/">de Wmo-loket</a>' in html
    assert html.count('class="glossary-link"') == 1


def test_without_a_glossary_page_nothing_is_linked(knowledge_index):
    GlossaryTermFactory(term="Wmo", slug="wmo")

    assert render_linked("<p>De Wmo</p>") == "<p>De Wmo</p>"
