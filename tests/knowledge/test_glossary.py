import re

from django.template import Context, Template
from django.utils import translation

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


@pytest.mark.parametrize("element", ["h2", "code", "pre", "button"])
def test_text_inside_headings_and_code_is_left_alone(glossary, element):
    html = render_linked(f"<{element}>De Wmo</{element}><p>De Wmo</p>")

    assert f"<{element}>De Wmo</{element}>" in html
    assert html.endswith(f'<p>De <a class="glossary-link" href="{glossary.url}#wmo">Wmo</a></p>')


def test_text_after_nested_code_is_still_inside_the_heading(glossary):
    html = render_linked("<h3>Over <code>pgb</code> en de Wmo</h3><p>De Wmo</p>")

    assert html.startswith("<h3>Over <code>pgb</code> en de Wmo</h3>")
    assert html.count('class="glossary-link"') == 1


def test_an_attribute_that_holds_the_term_and_a_closing_angle_is_left_alone(glossary):
    html = render_linked('<p><img alt="Kosten > 5 euro via de Wmo" src="/kosten.png"> De Wmo</p>')

    assert '<img alt="Kosten > 5 euro via de Wmo" src="/kosten.png">' in html
    assert html.count('class="glossary-link"') == 1
    assert html.endswith(f'De <a class="glossary-link" href="{glossary.url}#wmo">Wmo</a></p>')


def test_a_term_written_with_an_entity_is_linked(glossary):
    html = render_linked("<p>Een persoonsgebonden&nbsp;budget helpt.</p>")

    assert f'href="{glossary.url}#pgb">persoonsgebonden\xa0budget</a>' in html


def test_entities_stay_escaped_next_to_a_link(glossary):
    html = render_linked("<p>Zorg &amp; welzijn &lt;b&gt; via de Wmo</p>")

    assert html.startswith("<p>Zorg &amp; welzijn &lt;b&gt; via de <a ")


def test_a_lone_angle_bracket_in_text_does_not_hide_a_term(glossary):
    html = render_linked("<p>Kosten < 5 euro via de Wmo</p>")

    assert html == (
        f'<p>Kosten &lt; 5 euro via de <a class="glossary-link" href="{glossary.url}#wmo">'
        "Wmo</a></p>"
    )


GLOSSARY_LINK = re.compile(r'<a class="glossary-link" href="[^"]*">([^<]*)</a>')
fragments = st.sampled_from(
    [
        "de Wmo ",
        "pgb",
        " en ",
        "ANBI-status ",
        "&amp; ",
        "<p>",
        "</p>",
        '<a href="/elders/">',
        "</a>",
        "<h2>",
        "</h2>",
        "<br/>",
        "<!-- de Wmo -->",
        "<img alt='de Wmo > pgb' src=x.png>",
        '<span title="pgb">',
        "</span>",
    ]
)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(html=st.lists(fragments, max_size=12).map("".join))
def test_linking_only_adds_links_around_text(glossary, html):
    linked = render_linked(html)

    assert GLOSSARY_LINK.sub(r"\1", linked) == html
    assert len(GLOSSARY_LINK.findall(linked)) <= 3
