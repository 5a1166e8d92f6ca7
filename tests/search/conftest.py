import pytest

from tests.knowledge.factories import (
    CasePageFactory,
    GlossaryPageFactory,
    GlossaryTermFactory,
    KnowledgeIndexPageFactory,
    ThemeFactory,
    WhitepaperPageFactory,
)


@pytest.fixture
def corpus(home_page, django_capture_on_commit_callbacks):
    """A small knowledge base: three cases, a whitepaper and a glossary with a synonym.

    Index updates are sent after commit; the test transaction never commits, so the
    callbacks are run here, as a real commit would.
    """
    with django_capture_on_commit_callbacks(execute=True):
        return _build_corpus(home_page)


def _build_corpus(home_page):
    from knowledge.models import GlossaryAlias, InitiativeType, Province

    index = KnowledgeIndexPageFactory(parent=home_page)
    money = ThemeFactory(slug="financiering", name="Financiering")
    housing = ThemeFactory(slug="wonen", name="Wonen")
    brabant = Province.objects.get(slug="noord-brabant")
    utrecht = Province.objects.get(slug="utrecht")
    cooperative = InitiativeType.objects.get(slug="zorgcooperatie")
    hoogeloon = CasePageFactory(
        parent=index,
        title="Zorgcoöperatie Hoogeloon",
        summary="De oudste zorgcoöperatie van het land houdt ouderen in het dorp.",
        province=brabant,
        initiative_type=cooperative,
        themes=[money, housing],
    )
    austerlitz = CasePageFactory(
        parent=index,
        title="Austerlitz Zorgt",
        summary="Een coöperatie in Zeist die de Wmo voor het dorp levert.",
        province=utrecht,
        initiative_type=cooperative,
        themes=[money],
    )
    parents = CasePageFactory(
        parent=index,
        title="Ouderinitiatief met een persoonsgebonden budget",
        summary="Ouders regelen samen een woonvorm voor hun kind.",
        province=brabant,
        themes=[housing],
    )
    whitepaper = WhitepaperPageFactory(
        parent=index, title="Samenspel formele en informele zorg", themes=[money]
    )
    GlossaryPageFactory(parent=index)
    pgb = GlossaryTermFactory(term="pgb", slug="pgb", definition="Geld om zelf zorg in te kopen.")
    GlossaryAlias.objects.create(term=pgb, text="persoonsgebonden budget")
    pgb.save()
    return {
        "index": index,
        "hoogeloon": hoogeloon,
        "austerlitz": austerlitz,
        "parents": parents,
        "whitepaper": whitepaper,
    }
