from wagtail.models import Locale, PageViewRestriction

import pytest

from academy.models import AcademyIndexPage
from core.models import HomePage
from core.site_tree import ensure_site_tree
from knowledge.models import KnowledgeIndexPage
from tests.knowledge.factories import CasePageFactory, KnowledgeIndexPageFactory

pytestmark = pytest.mark.django_db


def test_site_tree_has_a_live_home_page_per_locale(site_tree):
    assert set(site_tree.homes) == {"nl", "en"}
    assert all(home.live for home in site_tree.homes.values())
    assert site_tree.site.root_page_id == site_tree.homes["nl"].id


def test_english_home_is_a_translation_of_the_dutch_home(site_tree):
    dutch, english = site_tree.homes["nl"], site_tree.homes["en"]

    assert english.translation_key == dutch.translation_key
    assert english.locale == Locale.objects.get(language_code="en")


def test_site_tree_is_idempotent(site_tree):
    ensure_site_tree()

    assert HomePage.objects.count() == 2


def test_home_page_only_under_the_root():
    assert HomePage.parent_page_types == ["wagtailcore.Page"]
    assert KnowledgeIndexPage.parent_page_types == ["core.HomePage"]
    assert AcademyIndexPage.parent_page_types == ["core.HomePage"]


def test_dutch_home_answers_at_the_root_in_dutch(client, site_tree):
    response = client.get("/")

    assert response.status_code == 200
    content = response.content.decode()
    assert '<html lang="nl">' in content
    assert site_tree.homes["nl"].hero_heading in content


def test_english_home_answers_under_en_in_english(client, site_tree):
    response = client.get("/en/")

    assert response.status_code == 200
    content = response.content.decode()
    assert '<html lang="en">' in content
    assert site_tree.homes["en"].hero_heading in content
    assert "Skip to content" in content


def test_footer_shows_the_helpdesk_contact(client, site_tree):
    content = client.get("/").content.decode()

    assert "0800-8010" in content
    assert "mailto:ondersteuningsteam@nlzve.nl" in content


def test_language_switcher_links_to_the_translation(client, site_tree):
    content = client.get("/").content.decode()

    assert 'href="/en/" lang="en" hreflang="en"' in content


def test_home_links_into_the_knowledge_base_and_academy(client, home_page):
    knowledge = home_page.add_child(
        instance=KnowledgeIndexPage(title="Kennisbank", slug="kennisbank")
    )
    academy = home_page.add_child(instance=AcademyIndexPage(title="Academie", slug="academie"))

    content = client.get("/").content.decode()

    assert f'href="{knowledge.url}"' in content
    assert f'href="{academy.url}"' in content


def test_unknown_page_gets_a_dutch_404(client, site_tree):
    response = client.get("/bestaat-niet/")

    assert response.status_code == 404
    assert "Deze pagina bestaat niet (meer)" in response.content.decode()


def test_admin_login_is_in_dutch(client, site_tree):
    response = client.get("/admin/login/")

    assert response.status_code == 200
    assert "Inloggen" in response.content.decode()


def test_main_menu_lists_the_pages_editors_put_in_it(client, home_page):
    home_page.add_child(
        instance=KnowledgeIndexPage(title="Kennisbank", slug="kennisbank", show_in_menus=True)
    )
    home_page.add_child(instance=AcademyIndexPage(title="Verborgen", slug="academie"))

    content = client.get("/").content.decode()

    assert '<li><a href="/kennisbank/">Kennisbank</a></li>' in content
    assert "Verborgen</a></li>" not in content


@pytest.fixture
def menu_page(client, home_page):
    """A page in the menu, with the menu read once so it is in the cache."""
    page = home_page.add_child(
        instance=KnowledgeIndexPage(title="Kennisbank", slug="kennisbank", show_in_menus=True)
    )
    client.get("/")
    return page


def test_main_menu_shows_a_page_added_after_it_was_read(client, home_page, menu_page):
    home_page.add_child(
        instance=AcademyIndexPage(title="Academie", slug="academie", show_in_menus=True)
    )

    content = client.get("/").content.decode()

    assert '<li><a href="/academie/">Academie</a></li>' in content


def test_main_menu_drops_a_page_once_it_is_unpublished(client, menu_page):
    menu_page.unpublish()

    content = client.get("/").content.decode()

    assert "Kennisbank</a></li>" not in content


def test_main_menu_drops_a_page_once_it_is_made_private(client, menu_page):
    PageViewRestriction.objects.create(page=menu_page, restriction_type=PageViewRestriction.LOGIN)

    content = client.get("/").content.decode()

    assert "Kennisbank</a></li>" not in content


def test_main_menu_shows_a_renamed_title(client, menu_page):
    menu_page.title = "Kennis"
    menu_page.save_revision().publish()

    content = client.get("/").content.decode()

    assert '<li><a href="/kennisbank/">Kennis</a></li>' in content


@pytest.fixture
def dutch_case_with_english_section(home_page):
    index = KnowledgeIndexPageFactory(parent=home_page)
    english_index = index.copy_for_translation(Locale.objects.get(language_code="en"))
    english_index.title = "Knowledge base"
    english_index.slug = "knowledge-base"
    english_index.save_revision().publish()
    english_index.refresh_from_db()
    return CasePageFactory(parent=index, title="Dorpshuis in eigen hand"), english_index


def test_language_switcher_leads_to_the_english_section_when_a_page_has_no_translation(
    client, dutch_case_with_english_section
):
    case, english_index = dutch_case_with_english_section

    content = client.get(case.url).content.decode()

    assert f'href="{english_index.url}?untranslated=1" lang="en"' in content


def test_the_section_says_the_page_one_came_from_is_not_translated(
    client, dutch_case_with_english_section
):
    _case, english_index = dutch_case_with_english_section

    response = client.get(english_index.url, {"untranslated": "1"})

    assert response.status_code == 200
    assert "is not available in this language yet" in response.content.decode()
