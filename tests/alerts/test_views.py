"""The public side: the form, its guards, and links that are wrong, old or someone else's."""

import time

from django.core import mail, signing
from django.test import Client

import pytest

from alerts import links
from alerts.models import Subscription

from .factories import SubscriptionFactory

pytestmark = pytest.mark.django_db

FORM = {"email": "anna@example.org", "frequency": "weekly", "filters": "thema=financiering"}


def test_the_form_names_the_filters_in_words(client, knowledge):
    response = client.get("/meldingen/?thema=financiering&provincie=gelderland&pagina=3")

    page = response.content.decode()
    assert "<strong>Financiering, Gelderland</strong>" in page
    assert 'value="thema=financiering&amp;provincie=gelderland"' in page


def test_subscribing_stores_a_pending_alert_and_sends_only_the_confirmation(
    client, knowledge, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/meldingen/", FORM)

    assert response.status_code == 302
    subscription = Subscription.objects.get()
    assert (subscription.status, subscription.frequency) == (Subscription.PENDING, "weekly")
    assert [message.subject for message in mail.outbox] == ["Bevestig uw e-mailmelding"]
    assert "Financiering (Eén keer per week)" in mail.outbox[0].body


def test_subscribing_again_to_a_followed_view_sends_the_manage_link(
    client, knowledge, django_capture_on_commit_callbacks
):
    SubscriptionFactory(email="Anna@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/meldingen/", FORM)

    assert Subscription.objects.count() == 1
    assert mail.outbox[0].subject == "U volgt dit al"
    assert "/meldingen/beheren/" in mail.outbox[0].body


def test_honeypot_stores_nothing(client, knowledge):
    response = client.post("/meldingen/", {**FORM, "website": "http://spam.example"})

    assert response.status_code == 302
    assert not Subscription.objects.exists()


def test_too_many_requests_from_one_address_are_refused_in_dutch(client, knowledge, settings):
    settings.ALERTS_RATE_LIMIT = 1
    client.post("/meldingen/", FORM)

    response = client.post("/meldingen/", {**FORM, "email": "bert@example.org"})

    assert response.status_code == 429
    assert "Probeer het over een uur opnieuw" in response.content.decode()
    assert Subscription.objects.count() == 1


def test_a_wrong_address_is_explained_next_to_the_field(client, knowledge):
    response = client.post("/meldingen/", {**FORM, "email": "anna-at-example"})

    page = response.content.decode()
    assert response.status_code == 400
    assert "Dit is geen volledig e-mailadres" in page
    assert 'aria-describedby="id_email-error"' in page


def test_confirming_switches_the_alert_on_and_shows_the_manage_page(client, knowledge):
    subscription = SubscriptionFactory(status=Subscription.PENDING, confirmed_at=None)

    response = client.get(links.confirm_url(subscription), follow=True)

    subscription.refresh_from_db()
    assert subscription.status == Subscription.ACTIVE
    assert "Uw melding staat aan" in response.content.decode()
    assert response["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize("kind", ["confirm", "unsubscribe", "manage"])
def test_a_tampered_link_explains_itself_in_dutch(client, knowledge, kind):
    subscription = SubscriptionFactory(status=Subscription.PENDING)
    url = {
        "confirm": links.confirm_url(subscription),
        "unsubscribe": links.unsubscribe_url(subscription),
        "manage": links.manage_url(subscription.email, "nl"),
    }[kind]

    response = client.get(url[:-3] + "xx/")

    assert response.status_code == 400
    assert "Deze link werkt niet" in response.content.decode()


def test_an_expired_confirmation_link_explains_itself(client, knowledge, settings):
    subscription = SubscriptionFactory(status=Subscription.PENDING)
    url = links.confirm_url(subscription)
    settings.ALERTS_CONFIRM_DAYS = 0  # a link older than a second is too old
    time.sleep(1.1)

    response = client.get(url)

    assert response.status_code == 400
    assert "te oud" in response.content.decode()
    assert Subscription.objects.get().status == Subscription.PENDING


def test_a_link_for_another_purpose_does_not_work(client, knowledge):
    subscription = SubscriptionFactory(status=Subscription.PENDING)
    confirm_token = signing.TimestampSigner(salt=links.CONFIRM).sign(str(subscription.pk))

    response = client.post(f"/meldingen/afmelden/{confirm_token}/")

    assert response.status_code == 400
    assert Subscription.objects.exists()


def test_opening_the_unsubscribe_link_asks_first(client, knowledge):
    subscription = SubscriptionFactory()

    response = client.get(links.unsubscribe_url(subscription))

    assert response.status_code == 200
    assert "<strong>Financiering</strong>" in response.content.decode()
    assert Subscription.objects.exists()


def test_one_click_unsubscribe_needs_no_csrf_token_and_twice_is_fine(knowledge):
    subscription = SubscriptionFactory()
    mail_program = Client(enforce_csrf_checks=True)
    url = links.unsubscribe_url(subscription)

    first = mail_program.post(url, {"List-Unsubscribe": "One-Click"})
    again = mail_program.post(url, {"List-Unsubscribe": "One-Click"})

    assert (first.status_code, again.status_code) == (200, 200)
    assert "Melding gestopt" in again.content.decode()
    assert not Subscription.objects.exists()


def test_the_manage_page_pauses_changes_and_ends_alerts(client, knowledge):
    subscription = SubscriptionFactory(email="anna@example.org")
    SubscriptionFactory(email="anna@example.org", query="thema=wonen")
    url = links.manage_url("anna@example.org", "nl")
    page = client.get(url).content.decode()
    assert "Financiering" in page and "Wonen" in page
    assert "anna@example.org" not in page

    response = client.post(url, {"alert": subscription.pk, "action": "pause"}, follow=True)
    assert "De melding is gepauzeerd" in response.content.decode()
    assert Subscription.objects.get(pk=subscription.pk).status == Subscription.PAUSED

    field = f"a{subscription.pk}-frequency"
    client.post(url, {"alert": subscription.pk, "action": "frequency", field: "immediate"})
    assert Subscription.objects.get(pk=subscription.pk).frequency == Subscription.IMMEDIATE

    client.post(url, {"alert": subscription.pk, "action": "resume"})
    assert Subscription.objects.get(pk=subscription.pk).status == Subscription.ACTIVE

    client.post(url, {"alert": subscription.pk, "action": "end"})
    assert not Subscription.objects.filter(pk=subscription.pk).exists()
    assert Subscription.objects.count() == 1


def test_the_manage_page_cannot_touch_another_address(client, knowledge):
    other = SubscriptionFactory(email="bert@example.org")
    url = links.manage_url("anna@example.org", "nl")

    client.post(url, {"alert": other.pk, "action": "end"})
    client.post(url, {"alert": "x", "action": "pause"})

    assert Subscription.objects.get(pk=other.pk).status == Subscription.ACTIVE


def test_the_search_page_links_to_the_form_with_its_filters(client, knowledge):
    page = client.get("/zoeken/?thema=financiering&sortering=nieuwste").content.decode()

    assert 'href="/meldingen/?thema=financiering"' in page
    assert "Houd mij op de hoogte" in page


def test_theme_and_type_pages_link_to_the_form(client, knowledge):
    from knowledge.models import InitiativeType

    theme_page = client.get("/kennisbank/thema/financiering/").content.decode()
    kind = InitiativeType.objects.filter(locale__language_code="nl").first()
    type_page = client.get(f"/kennisbank/soort/{kind.slug}/").content.decode()

    assert 'href="/meldingen/?thema=financiering"' in theme_page
    assert f'href="/meldingen/?initiatief={kind.slug}"' in type_page


@pytest.mark.parametrize(
    ("kind", "query", "expected"),
    [
        ("course", "?thema=wonen&vorm=online", "/meldingen/?soort=course&amp;thema=wonen"),
        (
            "upload",
            "?provincie=utrecht&jaar=2024",
            "/meldingen/?soort=upload&amp;provincie=utrecht&amp;jaar=2024",
        ),
    ],
)
def test_the_academy_and_uploads_listings_link_with_their_filters(rf, kind, query, expected):
    from django.template import Context, Template

    request = rf.get(f"/lijst/{query}")
    html = Template("{% load alerts_tags %}{% follow_link kind %}").render(
        Context({"request": request, "kind": kind})
    )

    assert f'href="{expected}"' in html
