import shutil
from io import StringIO

from django.core.management import CommandError, call_command

import pytest

from core.content_files import DEMO_ROOT
from knowledge import demo_content
from knowledge.models import CasePage, GlossaryTerm, WhitepaperPage

pytestmark = pytest.mark.django_db

DEMO_SLUGS = [item["slug"] for item in demo_content.cases() + demo_content.whitepapers()]


@pytest.fixture
def demo_site(site_tree):
    call_command("load_demo_content", stdout=StringIO())


def test_demo_content_has_every_slug_from_the_design(demo_site):
    expected = {
        "austerlitz-zorgt",
        "tot-uw-dienst-laarbeek",
        "zorgcooperatie-hoogeloon",
        "hospices",
        "voorzorgcirkels",
        "t-luukske-wellerlooi",
        "ouderinitiatieven-pgb",
        "knarrenhof",
        "gezondheidspact-utrecht",
        "whitepaper-samenspel-formele-zorg",
        "strategisch-plan-2022-2024",
    }

    dutch = {"locale__language_code": "nl"}
    live_slugs = set(CasePage.objects.live().filter(**dutch).values_list("slug", flat=True)) | set(
        WhitepaperPage.objects.live().filter(**dutch).values_list("slug", flat=True)
    )
    assert live_slugs == expected


def test_loading_twice_adds_nothing(demo_site):
    counts = (CasePage.objects.count(), GlossaryTerm.objects.count())

    call_command("load_demo_content", stdout=StringIO())

    assert (CasePage.objects.count(), GlossaryTerm.objects.count()) == counts


def test_glossary_has_at_least_25_terms(demo_site):
    assert GlossaryTerm.objects.count() >= 25


@pytest.mark.parametrize("slug", DEMO_SLUGS)
def test_every_demo_page_answers_in_dutch(client, demo_site, slug):
    assert client.get(f"/kennisbank/{slug}/").status_code == 200


def test_financing_theme_lists_its_cases_with_the_right_count(client, demo_site):
    expected = sorted(
        item["slug"] for item in demo_content.cases() if "financiering" in item["themes"]
    )

    response = client.get("/kennisbank/thema/financiering/")

    case_slugs = sorted(
        item.slug for item in response.context["items"] if isinstance(item, CasePage)
    )
    assert case_slugs == expected


def test_glossary_page_lists_the_terms_a_to_z(client, demo_site):
    response = client.get("/kennisbank/begrippen/")

    letters = [letter for letter, _ in response.context["letters"]]
    assert letters == sorted(letters)
    assert sum(len(terms) for _, terms in response.context["letters"]) >= 25


def test_a_malformed_demo_file_stops_the_command_with_one_error_naming_it(site_tree, tmp_path):
    shutil.copytree(DEMO_ROOT, tmp_path / "demo")
    broken = next((tmp_path / "demo" / "knowledge" / "cases").glob("*.md"))
    broken.write_text(broken.read_text(encoding="utf-8").replace("slug:", "slug: [", 1))

    with pytest.raises(CommandError) as raised:
        call_command("load_demo_content", folder=tmp_path / "demo", stdout=StringIO())

    assert str(broken) in str(raised.value)
    assert not CasePage.objects.exists()


def test_demo_directory_and_map_show_the_seed_initiatives(client, demo_site):
    map_page = client.get("/initiatieven/kaart/").content.decode()

    for label in [
        "Noord-Brabant: 2 initiatieven",
        "Utrecht: 2 initiatieven",
        "Limburg: 2 initiatieven",
        "Gelderland: 1 initiatief",
        "Zeeland: 0 initiatieven",
    ]:
        assert f'aria-label="{label}"' in map_page
    # St. Christopher's Hospice (London) is in the directory but on no province.
    assert "Nog één initiatief in de gids heeft geen Nederlandse provincie" in map_page
    case_link = 'href="/kennisbank/zorgcooperatie-hoogeloon/"'
    assert (
        case_link in client.get("/initiatieven/zorgcooperatie-hoogeloon-bladel/").content.decode()
    )
    assert client.get("/en/initiatives/").status_code == 200
