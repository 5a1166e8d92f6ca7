import pytest

from core.models import HomePage
from knowledge.models import (
    CasePage,
    GlossaryPage,
    KnowledgeIndexPage,
    Province,
    Theme,
    WhitepaperPage,
)

from .factories import (
    CasePageFactory,
    GlossaryPageFactory,
    KnowledgeIndexPageFactory,
    ThemeFactory,
    WhitepaperPageFactory,
)

pytestmark = pytest.mark.django_db


def test_every_install_has_the_twelve_provinces_and_ten_themes():
    assert Province.objects.filter(locale__language_code="nl").count() == 12
    assert set(Theme.objects.values_list("slug", flat=True)) >= {
        "financiering",
        "governance-en-zeggenschap",
        "wonen",
        "energie-en-brede-beweging",
    }


@pytest.mark.parametrize("page_type", [CasePage, WhitepaperPage, GlossaryPage])
def test_content_pages_live_only_under_the_knowledge_index(page_type, home_page, knowledge_index):
    assert page_type.can_create_at(knowledge_index)
    assert not page_type.can_create_at(home_page)


def test_knowledge_index_lives_under_a_home_page_once(home_page, knowledge_index):
    assert KnowledgeIndexPage.parent_page_types == ["core.HomePage"]
    assert not KnowledgeIndexPage.can_create_at(home_page)


def test_cases_and_whitepapers_have_no_children():
    assert CasePage.allowed_subpage_models() == []
    assert WhitepaperPage.allowed_subpage_models() == []
    assert HomePage not in CasePage.allowed_parent_page_models()


def test_glossary_page_only_once(knowledge_index):
    GlossaryPageFactory(parent=knowledge_index)

    assert not GlossaryPage.can_create_at(knowledge_index)


def test_case_page_renders_its_summary_and_story(client, knowledge_index):
    case = CasePageFactory(parent=knowledge_index, title="Austerlitz Zorgt")

    response = client.get(case.url)

    assert response.status_code == 200
    assert "Bewoners regelen samen zorg" in response.content.decode()


def test_unknown_figures_are_shown_as_nothing_never_as_zero(client, knowledge_index):
    case = CasePageFactory(parent=knowledge_index, members=None, paid_staff=0, volunteers=None)

    content = client.get(case.url).content.decode()

    assert "<dt>Leden</dt>" not in content
    assert "<dt>Vrijwilligers</dt>" not in content
    assert "<dt>Betaalde krachten</dt><dd>0</dd>" in content


def test_related_cases_put_the_editors_choice_first_then_shared_themes(knowledge_index):
    money, housing, care = (ThemeFactory(slug=s) for s in ("geld", "huizen", "zorg"))
    case = CasePageFactory(parent=knowledge_index, themes=[money, housing])
    chosen = CasePageFactory(parent=knowledge_index, themes=[care])
    shares_two = CasePageFactory(parent=knowledge_index, themes=[money, housing])
    shares_one = CasePageFactory(parent=knowledge_index, themes=[money])
    CasePageFactory(parent=knowledge_index, themes=[care])
    case.related_case_links.create(related_case=chosen)

    from knowledge.selectors import related_cases

    assert related_cases(case) == [chosen, shares_two, shares_one]


def test_theme_listing_counts_only_live_pages_with_that_theme(client, knowledge_index):
    money = ThemeFactory(slug="financiering")
    CasePageFactory(parent=knowledge_index, themes=[money], title="Dorpshuis")
    WhitepaperPageFactory(parent=knowledge_index, themes=[money])
    draft = CasePageFactory(parent=knowledge_index, themes=[money], title="Nog niet klaar")
    draft.unpublish()
    CasePageFactory(parent=knowledge_index, title="Ander thema")

    response = client.get(f"{knowledge_index.url}thema/financiering/")

    assert response.status_code == 200
    titles = [item.title for item in response.context["items"]]
    assert sorted(titles) == sorted(["Dorpshuis", WhitepaperPage.objects.get().title])


def test_unknown_theme_answers_404(client, knowledge_index):
    assert client.get(f"{knowledge_index.url}thema/bestaat-niet/").status_code == 404


def test_whitepaper_table_of_contents_uses_anchors(knowledge_index):
    whitepaper = WhitepaperPageFactory(parent=knowledge_index)

    assert whitepaper.table_of_contents() == [
        ("waarom-deze-whitepaper", "Waarom deze whitepaper?"),
        ("geld", "Financiering"),
    ]


def test_whitepaper_page_shows_chapters_with_their_anchors(client, knowledge_index):
    whitepaper = WhitepaperPageFactory(parent=knowledge_index)

    content = client.get(whitepaper.url).content.decode()

    assert 'href="#geld"' in content
    assert 'id="geld"' in content


def test_theme_listing_says_how_many_cases_and_whitepapers(client, knowledge_index):
    money = ThemeFactory(slug="financiering")
    CasePageFactory(parent=knowledge_index, themes=[money])
    CasePageFactory(parent=knowledge_index, themes=[money])
    WhitepaperPageFactory(parent=knowledge_index, themes=[money])

    content = client.get(f"{knowledge_index.url}thema/financiering/").content.decode()

    assert "2 praktijkvoorbeelden, 1 whitepaper" in content


def test_the_english_knowledge_base_lists_a_theme_under_an_english_path(client, site_tree):
    english = KnowledgeIndexPageFactory(parent=site_tree.homes["en"], slug="knowledge-base")

    assert client.get(f"{english.url}theme/financiering/").status_code == 200
    assert client.get(f"{english.url}thema/financiering/").status_code == 404
