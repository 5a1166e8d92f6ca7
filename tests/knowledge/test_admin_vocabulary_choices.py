"""Editors choose terms in the language of the page they edit, never from both lists."""

from wagtail.models import Locale

import pytest

from knowledge.models import CasePage, Province, Theme

from .factories import CasePageFactory, KnowledgeIndexPageFactory

pytestmark = pytest.mark.django_db


def form_for(page, parent):
    form_class = CasePage.get_edit_handler().get_form_class()
    return form_class(instance=page, parent_page=parent, for_user=None)


def test_a_new_dutch_case_offers_the_dutch_terms_only(knowledge_index):
    form = form_for(CasePage(), knowledge_index)

    assert set(form.fields["themes"].queryset.values_list("locale__language_code", flat=True)) == {
        "nl"
    }
    assert form.fields["province"].queryset.count() == 12


def test_a_copied_english_case_keeps_its_dutch_term_among_the_english_ones(site_tree):
    english_index = KnowledgeIndexPageFactory(parent=site_tree.homes["en"], slug="knowledge-base")
    case = CasePageFactory(
        parent=english_index,
        province=Province.objects.get(locale__language_code="nl", slug="limburg"),
    )

    form = form_for(case, english_index)

    names = set(form.fields["province"].queryset.values_list("name", flat=True))
    assert {"Limburg", "North Brabant"} <= names
    assert "Noord-Brabant" not in names
    english = Locale.objects.get(language_code="en")
    assert form.fields["themes"].queryset.count() == Theme.objects.filter(locale=english).count()
