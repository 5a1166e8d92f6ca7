"""The Monitor in figures: the seed facts, an edition's chart and table, and what is not known."""

import re
from io import StringIO

from django.core.management import call_command
from django.db import IntegrityError
from django.utils import translation

import pytest

from knowledge.models import MonitorEdition, MonitorPage, MonitorProvinceCount, MonitorResult
from knowledge.wagtail_hooks import MonitorEditionViewSet

from .factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_site(site_tree):
    call_command("load_demo_content", stdout=StringIO())


@pytest.fixture
def monitor_page(knowledge_index):
    page = MonitorPage(title="De Monitor in cijfers", slug="monitor-in-cijfers", intro="Cijfers.")
    knowledge_index.add_child(instance=page)
    page.save_revision().publish()
    return page


def edition(year=2024, counts=(), results=(), **fields):
    item = MonitorEdition(year=year, source="Telling door de regionale netwerken", **fields)
    for province, count in counts:
        item.province_counts.add(MonitorProvinceCount(province=province, count=count))
    for label, value in results:
        item.results.add(MonitorResult(label=label, value=value))
    item.save()
    return item


def table_row(html: str, province: str) -> str:
    table = html[html.index('<table class="table monitor-table">') :]
    match = re.search(rf"<tr><th scope=\"row\">{province}</th><td[^>]*>(.*?)</td></tr>", table)
    assert match, f"no table row for {province}"
    return match.group(1)


def svg(html: str) -> str:
    return html[html.index('<svg class="bar-chart"') : html.index("</svg>")]


def test_demo_page_gives_the_inventory_and_survey_facts(client, demo_site):
    response = client.get("/kennisbank/monitor-in-cijfers/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "1471" in html or "1.471" in html
    assert ">44<" in html
    assert ">323<" in html
    assert "Open voor iedereen." in html


def test_demo_leaves_the_province_counts_empty_and_says_so(client, demo_site):
    html = client.get("/kennisbank/monitor-in-cijfers/").content.decode()

    assert not MonitorProvinceCount.objects.exists()
    assert "per provincie voor 2020 is nog niet bekend" in html
    assert '<svg class="bar-chart"' not in html
    assert "nog niet bekend" in table_row(html, "Gelderland")


def test_the_knowledge_base_links_to_the_monitor(client, demo_site):
    html = client.get("/kennisbank/").content.decode()

    assert 'href="/kennisbank/monitor-in-cijfers/"' in html


def test_an_editions_counts_show_in_the_chart_and_the_table(client, monitor_page):
    edition(counts=[("gelderland", 212), ("limburg", 87)])

    html = client.get(monitor_page.url).content.decode()

    assert table_row(html, "Gelderland") == "212"
    assert table_row(html, "Limburg") == "87"
    chart = svg(html)
    assert ">212</text>" in chart
    assert ">87</text>" in chart
    assert chart.count("<rect") == 2
    assert "Monitor 2024" in html[html.index("<figcaption") :]


def test_the_largest_count_gets_the_longest_bar(client, monitor_page):
    edition(counts=[("gelderland", 200), ("limburg", 100)])

    chart = svg(client.get(monitor_page.url).content.decode())

    widths = [int(width) for width in re.findall(r'<rect [^>]*width="(\d+)"', chart)]
    assert widths == [200 * widths[1] // 100, widths[1]]


def test_provinces_without_a_figure_say_not_yet_known(client, monitor_page):
    edition(counts=[("gelderland", 212)])

    html = client.get(monitor_page.url).content.decode()

    assert "nog niet bekend" in table_row(html, "Zeeland")
    assert "Voor 11 provincies zijn de cijfers van 2024 nog niet bekend." in html
    assert "<tfoot>" not in html[html.index('<table class="table monitor-table">') :]


def test_a_headline_result_without_a_value_says_not_yet_known(client, monitor_page):
    edition(results=[("initiatieven met betaalde krachten", "")])

    html = client.get(monitor_page.url).content.decode()

    result = html[html.index("initiatieven met betaalde krachten") :]
    assert result.index("nog niet bekend") < result.index("</dd>")


def test_a_zero_count_is_a_figure_not_unknown(client, monitor_page):
    edition(counts=[("zeeland", 0), ("gelderland", 5)])

    html = client.get(monitor_page.url).content.decode()

    assert table_row(html, "Zeeland") == "0"


def test_editions_show_newest_first(client, monitor_page):
    edition(year=2020)
    edition(year=2024)

    html = client.get(monitor_page.url).content.decode()

    assert html.index("Monitor 2024 in cijfers") < html.index("Monitor 2020 in cijfers")


def test_without_an_edition_the_page_says_the_figures_are_not_known(client, monitor_page):
    html = client.get(monitor_page.url).content.decode()

    assert "nog geen editie van de Monitor ingevoerd" in html


def edition_form(data):
    """The form editors fill in, built from the snippet's panels."""
    form_class = MonitorEditionViewSet().get_edit_handler().get_form_class()
    return form_class(data=data, instance=MonitorEdition())


def form_data(count="12", total="100", year="2024"):
    return {
        "year": year,
        "total": total,
        "summary": "",
        "source": "Telling",
        "source_url": "",
        "province_counts-TOTAL_FORMS": "1",
        "province_counts-INITIAL_FORMS": "0",
        "province_counts-MIN_NUM_FORMS": "0",
        "province_counts-MAX_NUM_FORMS": "12",
        "province_counts-0-province": "gelderland",
        "province_counts-0-count": count,
        "province_counts-0-ORDER": "1",
        "province_counts-0-id": "",
        "results-TOTAL_FORMS": "0",
        "results-INITIAL_FORMS": "0",
        "results-MIN_NUM_FORMS": "0",
        "results-MAX_NUM_FORMS": "1000",
    }


def test_the_edition_form_accepts_good_figures():
    with translation.override("nl"):
        form = edition_form(form_data())

        assert form.is_valid(), form.errors


def test_a_negative_province_count_is_refused_in_dutch():
    with translation.override("nl"):
        form = edition_form(form_data(count="-3"))

        assert not form.is_valid()
        errors = form.formsets["province_counts"].forms[0].errors["count"]
    assert errors == [
        "Een aantal kan niet negatief zijn. Laat het veld leeg als het cijfer niet bekend is."
    ]


def test_a_negative_total_is_refused_in_dutch():
    with translation.override("nl"):
        form = edition_form(form_data(total="-1"))

        assert not form.is_valid()
    assert form.errors["total"] == [
        "Een aantal kan niet negatief zijn. Laat het veld leeg als het cijfer niet bekend is."
    ]


def test_an_unlikely_year_is_refused_in_dutch():
    with translation.override("nl"):
        form = edition_form(form_data(year="1850"))

        assert not form.is_valid()
        assert form.errors["year"] == ["Vul een jaar in tussen 2000 en 2100."]


def test_the_database_refuses_a_negative_count():
    item = edition()

    with pytest.raises(IntegrityError):
        MonitorProvinceCount.objects.create(edition=item, province="zeeland", count=-1)


def test_an_editor_saves_a_negative_count_and_sees_the_dutch_message(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))

    with translation.override("nl"):
        response = client.post(
            "/admin/snippets/knowledge/monitoredition/add/",
            form_data(count="-3"),
            HTTP_ACCEPT_LANGUAGE="nl",
        )

    assert response.status_code == 200
    assert "Een aantal kan niet negatief zijn." in response.content.decode()
    assert not MonitorEdition.objects.exists()


def test_the_same_province_twice_in_one_edition_is_refused_in_dutch(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    data = form_data(count="4")
    data.update(
        {
            "province_counts-TOTAL_FORMS": "2",
            "province_counts-1-province": "gelderland",
            "province_counts-1-count": "5",
            "province_counts-1-ORDER": "2",
            "province_counts-1-id": "",
        }
    )

    response = client.post(
        "/admin/snippets/knowledge/monitoredition/add/", data, HTTP_ACCEPT_LANGUAGE="nl"
    )

    assert response.status_code == 200
    message = "Gelderland staat twee keer in deze editie. Geef elke provincie één rij."
    assert message in response.content.decode()
    assert not MonitorEdition.objects.exists()


def test_loading_the_demo_twice_adds_no_second_edition(demo_site):
    call_command("load_demo_content", stdout=StringIO())

    assert list(MonitorEdition.objects.values_list("year", flat=True)) == [2020]
    assert MonitorPage.objects.count() == 1
