"""The precedent finder on the demo content: explainable, ranked by resemblance."""

from io import StringIO

from django.core.management import call_command

import pytest

from helpdesk.finder import CallerProfile, find_precedents

pytestmark = pytest.mark.django_db

VILLAGE_COOPERATIVE_IN_BRABANT = CallerProfile(
    initiative_type="zorgcooperatie",
    setting="dorp",
    province="noord-brabant",
    legal_form="cooperatieve-vereniging",
    themes=("zorg-en-ondersteuning", "samenwerking-gemeente-en-zorgpartijen"),
    funding_sources=("wmo-gemeente",),
    keywords=("wmo",),
)


@pytest.fixture
def demo_site(site_tree):
    call_command("load_demo_content", stdout=StringIO())


def test_brabant_cooperatives_rank_above_the_hospices(demo_site):
    ranked = [precedent.page.slug for precedent in find_precedents(VILLAGE_COOPERATIVE_IN_BRABANT)]
    hospices = ranked.index("hospices")
    assert ranked.index("tot-uw-dienst-laarbeek") < hospices
    assert ranked.index("zorgcooperatie-hoogeloon") < hospices
    assert ranked[0] == "tot-uw-dienst-laarbeek"


def test_reasons_say_why_a_case_resembles_the_caller(demo_site):
    best = find_precedents(VILLAGE_COOPERATIVE_IN_BRABANT)[0]
    assert "ook in Noord-Brabant" in best.reasons
    assert "ook een dorp" in best.reasons
    assert any(reason.startswith("zelfde rechtsvorm") for reason in best.reasons)
    assert "ook gefinancierd via Wmo (gemeente)" in best.reasons


def test_an_empty_profile_finds_nothing(demo_site):
    assert find_precedents(CallerProfile()) == []


def test_unpublished_cases_are_never_proposed(demo_site):
    from knowledge.models import CasePage

    CasePage.objects.get(slug="tot-uw-dienst-laarbeek").unpublish()
    ranked = [precedent.page.slug for precedent in find_precedents(VILLAGE_COOPERATIVE_IN_BRABANT)]
    assert "tot-uw-dienst-laarbeek" not in ranked
