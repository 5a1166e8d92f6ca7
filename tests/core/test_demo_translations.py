"""The demo's English pages and glossary terms, made through wagtail-localize."""

import shutil
from io import StringIO

from django.core.management import CommandError, call_command

from wagtail.models import Page

import polib
import pytest
from wagtail_localize.models import Translation

from core.content_files import DEMO_ROOT, read_yaml
from knowledge.models import CasePage, GlossaryTerm

pytestmark = pytest.mark.django_db

PLAN = read_yaml(DEMO_ROOT / "translations" / "en" / "translate.yaml")


@pytest.fixture
def demo_site(site_tree):
    call_command("load_demo_content", stdout=StringIO())
    return site_tree


def test_every_listed_page_is_a_live_translation_of_its_dutch_source(demo_site):
    english = demo_site.homes["en"].locale
    for slug in PLAN["pages"]:
        dutch = Page.objects.get(locale=demo_site.homes["nl"].locale, slug=slug)
        translation = Translation.objects.get(
            source__object_id=dutch.translation_key, target_locale=english
        )
        page = translation.get_target_instance()
        assert page.live, slug
        assert page.slug != slug, slug


def test_ten_glossary_terms_are_translations(demo_site):
    english = demo_site.homes["en"].locale
    terms = GlossaryTerm.objects.filter(locale=english)

    assert terms.count() == len(PLAN["glossary"]) == 10
    assert (
        Translation.objects.filter(
            target_locale=english, source__object_id__in=terms.values("translation_key")
        ).count()
        == 10
    )


def test_an_english_case_reads_in_english_under_its_section(client, demo_site):
    response = client.get("/en/knowledge-base/hoogeloon-care-cooperative/")

    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en"' in html
    assert "oldest care cooperative" in html
    assert 'hreflang="nl"' in html


def test_the_english_sections_list_their_translated_pages(client, demo_site):
    html = client.get("/en/knowledge-base/").content.decode()

    assert "/en/knowledge-base/knarrenhof-living-together/" in html


def test_a_dutch_string_without_english_stops_the_demo_and_leaves_nothing(site_tree, tmp_path):
    shutil.copytree(DEMO_ROOT, tmp_path / "demo")
    path = tmp_path / "demo" / "translations" / "en" / "knarrenhof.po"
    catalogue = polib.pofile(str(path))
    catalogue[3].msgstr = ""
    catalogue.save(str(path))

    with pytest.raises(CommandError) as raised:
        call_command("load_demo_content", folder=tmp_path / "demo", stdout=StringIO())

    assert "geen vertaling" in str(raised.value)
    assert not CasePage.objects.exists()
