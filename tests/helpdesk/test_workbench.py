"""The workbench panel's answers: the same forms, a redirect without JavaScript, JSON with it."""

from django.core import mail
from django.urls import reverse

import pytest

from helpdesk import bundles
from helpdesk.models import Bundle
from knowledge.models import LegalForm, Province
from search.index import index_page
from tests.knowledge.factories import CasePageFactory, InitiativeFactory, KnowledgeIndexPageFactory

from .factories import BundleFactory, BundleItemFactory

pytestmark = pytest.mark.django_db

FETCH = {"HTTP_X_REQUESTED_WITH": "fetch"}


@pytest.fixture
def indexed_cases(cases):
    for case in cases:
        index_page(case.pk)
    return cases


def test_adding_by_fetch_answers_with_the_panel_and_what_is_in_the_bundle(
    client, adviser, indexed_cases
):
    client.force_login(adviser)
    url = indexed_cases[0].url
    response = client.post(
        reverse("helpdesk:add"), {"item": url, "next": "/zoeken/?q=zorg"}, **FETCH
    )
    answer = response.json()
    assert response.status_code == 200 and answer["ok"] is True
    assert answer["message"] == f"Toegevoegd aan het pakket: {indexed_cases[0].title}"
    assert answer["in_bundle"] == [url]
    assert indexed_cases[0].title in answer["panel"]
    assert 'value="/zoeken/?q=zorg"' in answer["panel"]  # the panel's forms come back here
    assert not list(client.get("/zoeken/").context["messages"])  # nothing left for later


def test_a_hit_in_the_bundle_offers_remove_and_remove_takes_it_out(client, adviser, indexed_cases):
    bundle = BundleFactory(created_by=adviser)
    BundleItemFactory(bundle=bundle, page=indexed_cases[0])
    client.force_login(adviser)
    html = client.get("/zoeken/?q=zorgt").content.decode()
    assert "Haal uit pakket" in html and reverse("helpdesk:remove") in html

    response = client.post(
        reverse("helpdesk:remove"), {"item": indexed_cases[0].url, "next": "/zoeken/?q=zorgt"}
    )
    assert response.status_code == 302 and response["Location"] == "/zoeken/?q=zorgt"
    assert not bundle.items.exists()


def test_an_error_by_fetch_is_a_400_with_the_dutch_message(client, adviser):
    client.force_login(adviser)
    response = client.post(reverse("helpdesk:add"), {"item": "/onzin/"}, **FETCH)
    assert response.status_code == 400
    assert "kan niet aan een pakket worden toegevoegd" in response.json()["message"]


def test_the_call_is_written_down_before_anything_is_collected(client, adviser, cases):
    client.force_login(adviser)
    response = client.post(
        reverse("helpdesk:call"),
        {"part": "call", "call-question": "Hoe betalen anderen hun ontmoetingsplek?"},
        **FETCH,
    )
    assert response.json()["ok"] is True
    bundle = Bundle.objects.get(created_by=adviser)
    assert bundle.question == "Hoe betalen anderen hun ontmoetingsplek?"
    assert "Hoe betalen anderen hun ontmoetingsplek?" in response.json()["panel"]


def test_a_wrong_address_is_named_and_nothing_is_sent(client, adviser, cases):
    bundle = BundleFactory(created_by=adviser, recipient_email="")
    BundleItemFactory(bundle=bundle, page=cases[0])
    client.force_login(adviser)
    response = client.post(
        reverse("helpdesk:call"),
        {"part": "recipient", "recipient-recipient_email": "geen adres", "action": "send"},
        **FETCH,
    )
    assert response.status_code == 400
    assert "E-mailadres" in response.json()["message"]
    assert "field--error" in response.json()["panel"]
    bundle.refresh_from_db()
    assert bundle.status == Bundle.DRAFT and not mail.outbox


def test_sending_from_the_panel_saves_the_recipient_and_sends(
    client, adviser, cases, django_capture_on_commit_callbacks
):
    bundle = BundleFactory(created_by=adviser, recipient_email="", recipient_name="")
    BundleItemFactory(bundle=bundle, page=cases[0])
    client.force_login(adviser)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("helpdesk:call"),
            {
                "part": "recipient",
                "recipient-recipient_name": "Dorpsraad Wellerlooi",
                "recipient-recipient_email": "dorpsraad@example.org",
                "action": "send",
                "next": "/zoeken/?q=zorg",
            },
        )
    assert response["Location"] == "/zoeken/?q=zorg"
    bundle.refresh_from_db()
    assert bundle.status == Bundle.SENT
    assert mail.outbox[0].to == ["dorpsraad@example.org"]


def test_remove_ref_and_item_urls(adviser, indexed_cases):
    bundle = BundleFactory(created_by=adviser)
    BundleItemFactory(bundle=bundle, page=indexed_cases[0])
    BundleItemFactory(bundle=bundle, page=indexed_cases[1])
    assert bundles.item_urls(bundle) == {indexed_cases[0].url, indexed_cases[1].url}
    ref = bundles.resolve_item(f"page:{indexed_cases[0].pk}")
    assert bundles.remove_ref(bundle, ref, adviser) is True
    assert bundles.remove_ref(bundle, ref, adviser) is False
    assert bundles.item_urls(bundle) == {indexed_cases[1].url}
    assert bundle.events.filter(action="item_removed").count() == 1


def test_the_initiative_profile_shows_and_links_to_search_and_finder(client, adviser, cases):
    initiative = InitiativeFactory(
        name="Dorpsraad Wellerlooi",
        place="Wellerlooi",
        province=Province.objects.get(locale__language_code="nl", slug="limburg"),
        legal_form=LegalForm.objects.get(locale__language_code="nl", slug="vereniging"),
    )
    BundleFactory(created_by=adviser, recipient_initiative=initiative)
    client.force_login(adviser)
    response = client.get("/zoeken/?q=zorg")
    html = response.content.decode()
    assert "Wellerlooi" in html and "Limburg" in html
    assert "/zoeken/?provincie=limburg" in html
    assert "/helpdesk/voorbeelden-zoeken/?province=limburg" in html
    finder = client.get("/helpdesk/voorbeelden-zoeken/?province=limburg&legal_form=vereniging")
    assert finder.status_code == 200
    assert finder.context["form"]["province"].value() == "limburg"


def test_hits_that_resemble_the_caller_say_why(client, adviser, indexed_cases):
    limburg = Province.objects.get(locale__language_code="nl", slug="limburg")
    indexed_cases[0].province = limburg
    indexed_cases[0].save_revision().publish()
    index_page(indexed_cases[0].pk)
    initiative = InitiativeFactory(place="Wellerlooi", province=limburg)
    BundleFactory(created_by=adviser, recipient_initiative=initiative)
    client.force_login(adviser)
    html = client.get("/zoeken/?q=samenvatting").content.decode()
    assert html.count("Past bij de beller") == 1
    assert "Limburg" in html.split("Past bij de beller")[1].split("</p>")[0]


def test_residents_see_no_reasons(client, indexed_cases):
    html = client.get("/zoeken/?q=samenvatting").content.decode()
    assert "Past bij de beller" not in html


def test_the_finder_takes_the_search_filters_and_words(client, adviser, cases):
    client.force_login(adviser)
    html = client.get("/zoeken/?q=ontmoetingsplek&provincie=limburg&thema=financiering").content
    assert b"?uit_zoeken=1&amp;q=ontmoetingsplek&amp;provincie=limburg" in html

    response = client.get(
        "/helpdesk/voorbeelden-zoeken/?uit_zoeken=1&q=ontmoetingsplek&provincie=limburg"
        "&thema=financiering&soort=case"
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert form["province"].value() == "limburg"
    assert form["themes"].value() == ["financiering"]
    assert form["keywords"].value() == "ontmoetingsplek"


def test_the_finder_from_a_search_without_filters_is_just_the_empty_form(client, adviser):
    client.force_login(adviser)
    response = client.get("/helpdesk/voorbeelden-zoeken/?uit_zoeken=1")
    assert response.status_code == 200 and not response.context["form"].is_bound


def test_the_profile_gives_the_size_its_latest_case_records(client, adviser, home_page):
    initiative = InitiativeFactory(
        name="Zorgcoöperatie Hoogeloon",
        place="Hoogeloon",
        province=Province.objects.get(locale__language_code="nl", slug="noord-brabant"),
    )
    CasePageFactory(
        parent=KnowledgeIndexPageFactory(parent=home_page), initiative=initiative, members=340
    )
    BundleFactory(created_by=adviser, recipient_initiative=initiative)
    client.force_login(adviser)

    html = client.get("/zoeken/?q=zorg").content.decode()

    assert "340 leden" in html
    assert "size=middel" in html
