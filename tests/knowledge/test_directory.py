"""The initiatives directory: filters, counts, sorting, paging, robots, JSON-LD, CSV, sitemap."""

import csv
import io
import json
import re

import pytest

from knowledge import directory
from knowledge.models import InitiativeType, LegalForm, MonitorPage, Province
from knowledge.sections import ensure_initiative_index
from search.models import SearchDocument

from .factories import CasePageFactory, InitiativeFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def province(slug: str) -> Province:
    return Province.objects.get(locale__language_code="nl", slug=slug)


def kind(slug: str) -> InitiativeType:
    return InitiativeType.objects.get(locale__language_code="nl", slug=slug)


@pytest.fixture
def directories(site_tree):
    return ensure_initiative_index(site_tree)


@pytest.fixture
def initiatives():
    return {
        "hoogeloon": InitiativeFactory(
            name="Zorgcoöperatie Hoogeloon",
            slug="zorgcooperatie-hoogeloon",
            place="Hoogeloon",
            municipality="Bladel",
            province=province("noord-brabant"),
            initiative_type=kind("zorgcooperatie"),
        ),
        "laarbeek": InitiativeFactory(
            name="Tot uw Dienst",
            slug="tot-uw-dienst",
            place="Laarbeek",
            province=province("noord-brabant"),
            initiative_type=kind("zorgcooperatie"),
            legal_form=LegalForm.objects.get(
                locale__language_code="nl", slug="cooperatieve-vereniging"
            ),
        ),
        "apeldoorn": InitiativeFactory(
            name="Buurtcoöperatie Apeldoorn-Zuid",
            slug="apeldoorn-zuid",
            place="Apeldoorn",
            province=province("gelderland"),
            initiative_type=kind("buurtcollectief"),
        ),
        "hidden": InitiativeFactory(
            name="Niet in de gids",
            slug="niet-in-de-gids",
            published=False,
            province=province("gelderland"),
        ),
    }


def names(response) -> list[str]:
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', response.content.decode())


def test_directory_lists_every_published_initiative_by_name(client, directories, initiatives):
    response = client.get("/initiatieven/")

    assert response.status_code == 200
    assert names(response) == [
        "Buurtcoöperatie Apeldoorn-Zuid",
        "Tot uw Dienst",
        "Zorgcoöperatie Hoogeloon",
    ]


def test_province_filter_narrows_the_list_and_keeps_the_other_provinces_counts(
    client, directories, initiatives
):
    response = client.get("/initiatieven/?provincie=gelderland")
    result = response.context["result"]

    assert names(response) == ["Buurtcoöperatie Apeldoorn-Zuid"]
    counts = {value.slug: value.count for value in result.facets[0].values}
    assert counts["noord-brabant"] == 2 and counts["gelderland"] == 1
    assert len(counts) == 12


def test_type_and_legal_form_filters_combine(client, directories, initiatives):
    response = client.get("/initiatieven/?soort=zorgcooperatie&rechtsvorm=cooperatieve-vereniging")

    assert names(response) == ["Tot uw Dienst"]


def test_theme_filter_uses_the_themes_of_live_cases(
    client, directories, initiatives, knowledge_index
):
    theme = ThemeFactory(slug="financiering")
    CasePageFactory(parent=knowledge_index, initiative=initiatives["hoogeloon"], themes=[theme])
    draft = CasePageFactory(parent=knowledge_index, initiative=initiatives["apeldoorn"])
    draft.themes.set([theme])
    draft.save_revision()  # a draft's themes do not count
    draft.unpublish()

    response = client.get("/initiatieven/?thema=financiering")

    assert names(response) == ["Zorgcoöperatie Hoogeloon"]
    theme_facet = next(f for f in response.context["result"].facets if f.name == "theme")
    assert [(v.slug, v.count) for v in theme_facet.values] == [("financiering", 1)]


def test_search_box_matches_name_place_or_municipality(client, directories, initiatives):
    assert names(client.get("/initiatieven/?q=bladel")) == ["Zorgcoöperatie Hoogeloon"]
    assert names(client.get("/initiatieven/?q=dienst")) == ["Tot uw Dienst"]


def test_search_box_forgives_accents_and_case(client, directories, initiatives):
    assert names(client.get("/initiatieven/?q=ZORGCOOPERATIE+hoogeloon")) == [
        "Zorgcoöperatie Hoogeloon"
    ]


def test_sort_by_place(client, directories, initiatives):
    response = client.get("/initiatieven/?sortering=plaats")

    assert names(response) == [
        "Buurtcoöperatie Apeldoorn-Zuid",
        "Zorgcoöperatie Hoogeloon",
        "Tot uw Dienst",
    ]


def test_directory_pages_by_twenty(client, directories):
    InitiativeFactory.create_batch(directory.PAGE_SIZE + 1)

    first = client.get("/initiatieven/")
    second = client.get("/initiatieven/?pagina=2")

    assert len(names(first)) == directory.PAGE_SIZE
    assert len(names(second)) == 1
    assert 'rel="next" href="/initiatieven/?pagina=2"' in first.content.decode() or (
        'href="/initiatieven/?pagina=2" rel="next"' in first.content.decode()
    )


@pytest.mark.parametrize("params", ["?pagina=abc", "?pagina=99999999999", "?provincie=<b>x"])
def test_odd_parameters_give_the_directory_not_an_error(client, directories, initiatives, params):
    response = client.get(f"/initiatieven/{params}")

    assert response.status_code == 200
    assert "<b>x" not in response.content.decode()


def test_filtered_views_are_noindex_and_the_unfiltered_directory_is_not(
    client, directories, initiatives
):
    robots = '<meta name="robots" content="noindex">'

    assert robots not in client.get("/initiatieven/").content.decode()
    assert robots in client.get("/initiatieven/?provincie=gelderland").content.decode()
    assert robots in client.get("/initiatieven/?q=hoogeloon").content.decode()
    assert robots not in client.get("/initiatieven/zorgcooperatie-hoogeloon/").content.decode()


def test_initiative_page_shows_its_facts_cases_and_organization_json_ld(
    client, directories, initiatives, knowledge_index
):
    case = CasePageFactory(
        parent=knowledge_index, title="Zorg in het dorp", initiative=initiatives["hoogeloon"]
    )

    response = client.get("/initiatieven/zorgcooperatie-hoogeloon/")
    page = response.content.decode()

    assert response.status_code == 200
    assert "Bladel" in page and "Noord-Brabant" in page and "nog niet nagelopen" in page
    assert f'href="{case.url}"' in page
    data = json.loads(re.search(r'ld\+json">(.*?)</script>', page, re.S).group(1))
    assert data["@type"] == "Organization"
    assert data["name"] == "Zorgcoöperatie Hoogeloon"
    assert data["url"].endswith("/initiatieven/zorgcooperatie-hoogeloon/")
    assert data["address"]["addressRegion"] == "Noord-Brabant"


def test_unpublished_or_unknown_initiative_is_not_found(client, directories, initiatives):
    assert client.get("/initiatieven/niet-in-de-gids/").status_code == 404
    assert client.get("/initiatieven/bestaat-niet/").status_code == 404


def test_english_directory_lives_at_en_initiatives(client, directories, initiatives):
    response = client.get("/en/initiatives/zorgcooperatie-hoogeloon/")

    assert client.get("/en/initiatives/").status_code == 200
    assert response.status_code == 200
    assert '<html lang="en">' in response.content.decode()


def test_directory_is_in_the_menu(client, directories):
    page = client.get("/").content.decode()

    assert '<a href="/initiatieven/">Initiatieven</a>' in page


def test_map_counts_equal_the_directory_province_filter_counts(client, directories, initiatives):
    map_page = client.get("/initiatieven/kaart/").content.decode()
    facet = client.get("/initiatieven/").context["result"].facets[0]

    on_map = dict(re.findall(r'aria-label="([^":]+): (\d+) initiatie', map_page))
    assert len(on_map) == 12
    assert on_map == {value.label: str(value.count) for value in facet.values}
    for value in facet.values:
        filtered = client.get(f"/initiatieven/?provincie={value.slug}")
        assert filtered.context["result"].total == value.count
        assert f'href="/initiatieven/?provincie={value.slug}"' in map_page


def test_map_has_a_table_with_the_same_figures(client, directories, initiatives):
    page = client.get("/initiatieven/kaart/").content.decode()

    assert re.search(r'provincie=gelderland">Gelderland</a></th><td class="number">1</td>', page)
    assert re.search(r'aria-label="Gelderland: 1 initiatief"', page)
    assert re.search(r'aria-label="Noord-Brabant: 2 initiatieven"', page)


def test_map_links_to_the_monitor_figures(client, directories, knowledge_index):
    monitor = MonitorPage(title="De Monitor", slug="monitor-in-cijfers", intro="Cijfers.")
    knowledge_index.add_child(instance=monitor)
    monitor.save_revision().publish()

    page = client.get("/initiatieven/kaart/").content.decode()

    assert 'href="/kennisbank/monitor-in-cijfers/"' in page


def test_directory_csv_has_every_published_initiative_and_follows_filters(
    client, directories, initiatives
):
    response = client.get("/initiatieven/csv/?provincie=noord-brabant")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))

    assert response["Content-Type"].startswith("text/csv")
    assert [row["naam"] for row in rows] == ["Tot uw Dienst", "Zorgcoöperatie Hoogeloon"]
    assert rows[0]["rechtsvorm"] == "cooperatieve-vereniging"
    assert rows[0]["pagina"].endswith("/initiatieven/tot-uw-dienst/")


def test_csv_cells_never_start_a_formula(client, directories):
    InitiativeFactory(name="=HYPERLINK(1)", slug="formule")

    content = client.get("/initiatieven/csv/").content.decode("utf-8-sig")

    assert "'=HYPERLINK(1)" in content


def test_province_csv_has_the_map_figures(client, directories, initiatives):
    response = client.get("/initiatieven/provincies/csv/")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))

    assert len(rows) == 12
    counts = {row["provincie"]: int(row["aantal_initiatieven"]) for row in rows}
    assert counts["noord-brabant"] == 2 and counts["gelderland"] == 1 and counts["zeeland"] == 0


def test_sitemap_lists_each_published_initiative(client, directories, initiatives):
    sitemap = client.get("/sitemap.xml").content.decode()

    assert "/initiatieven/zorgcooperatie-hoogeloon/</loc>" in sitemap
    assert "niet-in-de-gids" not in sitemap


def test_reserved_slug_is_refused():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        InitiativeFactory.build(slug="kaart", name="Kaart").full_clean()


def test_site_search_finds_an_initiative_at_its_directory_page(directories, initiatives):
    from search import index

    index.rebuild()

    urls = set(
        SearchDocument.objects.filter(kind="initiative", title="Tot uw Dienst").values_list(
            "url", flat=True
        )
    )
    assert urls == {"/initiatieven/tot-uw-dienst/", "/en/initiatives/tot-uw-dienst/"}
    assert not SearchDocument.objects.filter(title="Niet in de gids").exists()


def test_setting_up_the_directory_twice_changes_nothing(site_tree):
    first = ensure_initiative_index(site_tree)
    second = ensure_initiative_index(site_tree)

    assert {code: page.pk for code, page in first.items()} == {
        code: page.pk for code, page in second.items()
    }


def test_map_shades_in_equal_steps_up_to_the_province_with_the_most():
    from knowledge import initiative_map

    assert [initiative_map.shade(count, 8) for count in [0, 1, 2, 3, 5, 8]] == [0, 1, 1, 2, 3, 4]
    counts = [directory.ProvinceCount("utrecht", "Utrecht", 8)]
    assert [(s.shade, s.low, s.high) for s in initiative_map.legend(counts)] == [
        (0, 0, 0),
        (1, 1, 2),
        (2, 3, 4),
        (3, 5, 6),
        (4, 7, 8),
    ]


def test_editor_sets_last_checked_and_hides_an_entry_in_the_admin(client, directories, initiatives):
    from tests.knowledge.factories import UserFactory

    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    initiative = initiatives["apeldoorn"]
    url = f"/admin/snippets/knowledge/initiative/edit/{initiative.pk}/"

    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "name": initiative.name,
            "slug": initiative.slug,
            "place": "Apeldoorn",
            "municipality": "Apeldoorn",
            "province": initiative.province_id,
            "last_checked": "2026-11-30",
        },
    )

    assert response.status_code == 302
    initiative.refresh_from_db()
    assert str(initiative.last_checked) == "2026-11-30" and not initiative.published
    assert client.get("/initiatieven/apeldoorn-zuid/").status_code == 404
    counts = {item.slug: item.count for item in directory.province_counts(directories["nl"].locale)}
    assert counts["gelderland"] == 0


def test_site_search_leads_to_the_initiative_page(client, directories, initiatives):
    from search import index

    index.rebuild()

    page = client.get("/zoeken/?q=apeldoorn").content.decode()

    assert 'href="/initiatieven/apeldoorn-zuid/"' in page
