"""The adviser's pages and the recipient's private page, through the test client."""

from datetime import timedelta

from django.core import mail
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

import pytest

from config.celery import app as celery_app
from core.models import MailFailure
from helpdesk.bundles import visible_items
from helpdesk.models import Bundle
from search.index import index_page
from tests.core.documents import pdf_text
from tests.knowledge.factories import UserFactory

from .factories import BundleFactory, BundleItemFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def indexed_cases(cases):
    for case in cases:
        index_page(case.pk)
    return cases


@pytest.fixture
def sent_bundle(adviser, cases):
    bundle = BundleFactory(
        created_by=adviser,
        status=Bundle.SENT,
        sent_at=timezone.now(),
        expires_at=timezone.now() + timedelta(days=30),
    )
    BundleItemFactory(bundle=bundle, page=cases[0], comment="Lees vooral de Wmo-paragraaf.")
    BundleItemFactory(bundle=bundle, page=cases[1])
    return bundle


def test_anonymous_search_page_shows_no_adviser_controls(client, indexed_cases):
    html = client.get("/zoeken/?q=zorgt").content.decode()
    assert "Austerlitz zorgt" in html
    assert "helpdesk" not in html.lower()
    assert "pakket" not in html.lower()


def test_non_adviser_search_page_shows_no_adviser_controls(client, indexed_cases):
    client.force_login(UserFactory())
    html = client.get("/zoeken/?q=zorgt").content.decode()
    assert "helpdesk" not in html.lower()


def test_adviser_sees_an_add_button_per_hit_and_the_panel(client, adviser, indexed_cases):
    client.force_login(adviser)
    html = client.get("/zoeken/?q=zorgt").content.decode()
    assert 'form="helpdesk-add"' in html
    assert 'id="helpdesk-add"' in html
    assert "Voeg toe aan pakket" in html


def test_adding_from_search_stores_the_search_and_goes_back(client, adviser, indexed_cases):
    client.force_login(adviser)
    response = client.post(
        reverse("helpdesk:add"),
        {"item": indexed_cases[0].url, "next": "/zoeken/?q=zorgt", "search": "q=zorgt&thema=wonen"},
    )
    assert response.status_code == 302 and response["Location"] == "/zoeken/?q=zorgt"
    bundle = Bundle.objects.get(created_by=adviser)
    assert bundle.search_params == "q=zorgt&thema=wonen"
    assert list(bundle.items.values_list("page_id", flat=True)) == [indexed_cases[0].pk]


def test_adding_an_unknown_item_gives_a_message_not_an_error(client, adviser):
    client.force_login(adviser)
    response = client.post(reverse("helpdesk:add"), {"item": "/onzin/"}, follow=True)
    assert response.status_code == 200
    assert "kan niet aan een pakket worden toegevoegd" in response.content.decode()


def test_next_outside_the_site_is_not_followed(client, adviser, cases):
    client.force_login(adviser)
    response = client.post(
        reverse("helpdesk:add"), {"item": f"page:{cases[0].pk}", "next": "https://evil.example/"}
    )
    assert response["Location"] == reverse("helpdesk:current")


def test_anonymous_user_is_sent_to_the_login(client):
    response = client.get(reverse("helpdesk:list"))
    assert response.status_code == 302 and "login" in response["Location"]


def test_non_helpdesk_user_cannot_see_a_bundle(client, sent_bundle):
    client.force_login(UserFactory())
    assert client.get(reverse("helpdesk:detail", args=[sent_bundle.pk])).status_code == 404
    assert client.get(reverse("helpdesk:list")).status_code == 404


def test_non_helpdesk_user_cannot_send_a_bundle(client, adviser, cases):
    bundle = BundleFactory(created_by=adviser)
    BundleItemFactory(bundle=bundle, page=cases[0])
    client.force_login(UserFactory())
    response = client.post(reverse("helpdesk:action", args=[bundle.pk, "verzenden"]))
    assert response.status_code == 404
    bundle.refresh_from_db()
    assert bundle.status == Bundle.DRAFT and bundle.send_requested_at is None
    assert mail.outbox == []


def test_non_helpdesk_staff_cannot_see_bundles_in_the_admin(client, sent_bundle):
    from django.contrib.auth.models import Permission

    editor = UserFactory()
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    response = client.get("/admin/snippets/helpdesk/bundle/")
    assert response.status_code in (302, 403)


def test_adviser_sees_bundles_in_the_admin(client, adviser, sent_bundle):
    client.force_login(adviser)
    response = client.get("/admin/snippets/helpdesk/bundle/")
    assert response.status_code == 200
    assert sent_bundle.title in response.content.decode()


def test_moving_an_item_down_through_the_panel(client, adviser, cases):
    bundle = BundleFactory(created_by=adviser)
    first = BundleItemFactory(bundle=bundle, page=cases[0])
    BundleItemFactory(bundle=bundle, page=cases[1])
    client.force_login(adviser)
    client.post(reverse("helpdesk:item", args=[first.pk]), {"action": "down"})
    assert list(bundle.items.values_list("page_id", flat=True)) == [cases[1].pk, cases[0].pk]


def test_saving_a_comment(client, adviser, cases):
    bundle = BundleFactory(created_by=adviser)
    item = BundleItemFactory(bundle=bundle, page=cases[0])
    client.force_login(adviser)
    client.post(
        reverse("helpdesk:item", args=[item.pk]),
        {"action": "comment", "comment": "zie de paragraaf over de Wmo-aanbesteding"},
    )
    item.refresh_from_db()
    assert item.comment == "zie de paragraaf over de Wmo-aanbesteding"


def test_sending_mails_the_items_and_the_private_link(
    client, adviser, cases, django_capture_on_commit_callbacks
):
    bundle = BundleFactory(created_by=adviser)
    BundleItemFactory(bundle=bundle, page=cases[0], comment="Lees vooral de Wmo-paragraaf.")
    client.force_login(adviser)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("helpdesk:action", args=[bundle.pk, "verzenden"]))
    bundle.refresh_from_db()
    assert bundle.status == Bundle.SENT and bundle.expires_at is not None
    (message,) = mail.outbox
    assert message.to == ["bestuur@delinde.example.org"]
    assert "Voorbeelden voor u" in message.subject
    assert "Austerlitz zorgt" in message.body
    assert "Lees vooral de Wmo-paragraaf." in message.body
    assert f"/pakket/{bundle.token}/" in message.body
    assert bundle.events.filter(action="sent").exists()


def test_english_recipient_gets_an_english_mail_and_link(
    client, adviser, cases, django_capture_on_commit_callbacks
):
    bundle = BundleFactory(created_by=adviser, recipient_language="en")
    BundleItemFactory(bundle=bundle, page=cases[0])
    client.force_login(adviser)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("helpdesk:action", args=[bundle.pk, "verzenden"]))
    (message,) = mail.outbox
    assert message.subject.startswith("Examples for you")
    assert f"/en/pakket/{bundle.token}/" in message.body


@pytest.fixture
def eager_retries():
    """In-process tasks retry at once (Celery's eager mode) instead of raising the first Retry."""
    celery_app.conf.task_eager_propagates = False
    yield
    celery_app.conf.task_eager_propagates = True


@pytest.fixture
def send_a_bundle(client, adviser, cases, django_capture_on_commit_callbacks, eager_retries):
    """The adviser sends a bundle of one case; the task runs, with its retries, at once."""

    def send() -> Bundle:
        bundle = BundleFactory(created_by=adviser)
        BundleItemFactory(bundle=bundle, page=cases[0])
        client.force_login(adviser)
        with django_capture_on_commit_callbacks(execute=True):
            client.post(reverse("helpdesk:action", args=[bundle.pk, "verzenden"]))
        bundle.refresh_from_db()
        return bundle

    return send


@override_settings(
    EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
    EMAIL_HOST="127.0.0.1",
    EMAIL_PORT=9,
    EMAIL_TIMEOUT=2,
)
def test_mail_failure_leaves_a_draft_with_the_error_shown(client, send_a_bundle):
    bundle = send_a_bundle()
    assert bundle.status == Bundle.DRAFT
    assert bundle.send_requested_at is None
    assert bundle.items.count() == 1
    assert "kon niet worden verstuurd" in bundle.send_error
    html = client.get(reverse("helpdesk:detail", args=[bundle.pk])).content.decode()
    assert "kon niet worden verstuurd" in html
    assert bundle.events.filter(action="send_failed").exists()


def test_a_permanent_refusal_is_not_retried_and_shown_to_adviser_and_staff(
    smtp_server, send_a_bundle
):
    smtp_server.refuse("550 5.1.1 No such user", times=3)
    bundle = send_a_bundle()
    assert bundle.status == Bundle.DRAFT and bundle.send_requested_at is None
    assert "SMTPRecipientsRefused" in bundle.send_error
    assert "kon niet worden verstuurd" in bundle.send_error
    failure = MailFailure.objects.get(purpose="helpdesk.bundle", object_id=str(bundle.pk))
    assert failure.permanent and failure.attempts == 1
    assert smtp_server.messages == []


def test_a_temporary_refusal_is_retried_until_the_bundle_is_delivered(smtp_server, send_a_bundle):
    smtp_server.refuse("451 4.3.0 Mailbox busy, try again later", times=2)
    bundle = send_a_bundle()
    assert bundle.status == Bundle.SENT and bundle.send_error == ""
    assert len(smtp_server.messages) == 1
    failure = MailFailure.objects.get(purpose="helpdesk.bundle", object_id=str(bundle.pk))
    assert failure.attempts == 2 and failure.resolved_at is not None


def test_private_page_opens_without_login_and_is_noindex(client, sent_bundle):
    response = client.get(f"/pakket/{sent_bundle.token}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert response["X-Robots-Tag"].startswith("noindex")
    assert '<meta name="robots" content="noindex' in html
    assert "Austerlitz zorgt" in html and "Lees vooral de Wmo-paragraaf." in html
    assert sent_bundle.recipient_email not in html


def test_unpublished_item_is_not_shown_on_the_private_page(client, sent_bundle, cases):
    cases[1].unpublish()
    html = client.get(f"/pakket/{sent_bundle.token}/").content.decode()
    assert "Tot uw Dienst" not in html
    assert "Niet meer beschikbaar" in html


def test_expired_link_is_refused_with_a_friendly_page(client, sent_bundle):
    Bundle.objects.filter(pk=sent_bundle.pk).update(expires_at=timezone.now() - timedelta(1))
    response = client.get(f"/pakket/{sent_bundle.token}/")
    assert response.status_code == 410
    assert "verlopen" in response.content.decode()
    assert "Austerlitz" not in response.content.decode()


def test_revoked_link_is_refused_with_a_friendly_page(client, adviser, sent_bundle):
    client.force_login(adviser)
    client.post(reverse("helpdesk:action", args=[sent_bundle.pk, "intrekken"]))
    client.logout()
    response = client.get(f"/pakket/{sent_bundle.token}/")
    assert response.status_code == 410
    assert "ingetrokken" in response.content.decode()


def test_unsent_bundle_has_no_private_page(client, adviser):
    bundle = BundleFactory(created_by=adviser)
    assert client.get(f"/pakket/{bundle.token}/").status_code == 404


@override_settings(HELPDESK_TOKEN_MISSES_PER_HOUR=3)
def test_guessing_tokens_is_rate_limited(client, sent_bundle):
    for guess in range(3):
        assert client.get(f"/pakket/gok-{guess}/").status_code == 404
    assert client.get("/pakket/gok-3/").status_code == 429


def test_a_storm_of_wrong_links_does_not_lock_out_the_real_link(client, settings, sent_bundle):
    for guess in range(settings.HELPDESK_TOKEN_MISSES_PER_HOUR + 5):
        client.get(f"/pakket/verkeerd-{guess}/")

    assert client.get(f"/pakket/{sent_bundle.token}/").status_code == 200
    assert client.get(f"/pakket/{sent_bundle.token}/pdf/").status_code == 200


def test_an_expired_link_after_a_storm_is_still_told_it_expired(client, settings, sent_bundle):
    Bundle.objects.filter(pk=sent_bundle.pk).update(expires_at=timezone.now() - timedelta(days=1))
    for guess in range(settings.HELPDESK_TOKEN_MISSES_PER_HOUR + 1):
        client.get(f"/pakket/verkeerd-{guess}/")

    assert client.get(f"/pakket/{sent_bundle.token}/").status_code == 410


def test_finder_page_shows_ranked_cases_with_reasons(client, adviser, cases):
    from knowledge.models import CasePage

    CasePage.objects.filter(pk=cases[2].pk).update(setting="dorp")
    client.force_login(adviser)
    response = client.get(reverse("helpdesk:finder"), {"setting": "dorp"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Hospices" in html and "ook een dorp" in html
    assert "Austerlitz zorgt" not in html


def test_finder_with_bad_input_answers_400_in_dutch(client, adviser):
    client.force_login(adviser)
    response = client.get(reverse("helpdesk:finder"), {"province": "atlantis"})
    assert response.status_code == 400
    assert "geldige keuze" in response.content.decode()


def test_earlier_questions_are_searchable(client, adviser):
    BundleFactory(created_by=adviser, question="Hoe krijgen we een dorpshuis gefinancierd?")
    BundleFactory(created_by=adviser, question="Wat doet een dorpsondersteuner?")
    client.force_login(adviser)
    html = client.get(reverse("helpdesk:list"), {"q": "dorpshuis"}).content.decode()
    assert "dorpshuis gefinancierd" in html
    assert "dorpsondersteuner" not in html


def test_adviser_adds_a_glossary_term_from_the_glossary_page(client, adviser, knowledge_index):
    from tests.knowledge.factories import GlossaryPageFactory, GlossaryTermFactory

    glossary = GlossaryPageFactory(parent=knowledge_index)
    term = GlossaryTermFactory(
        term="Wmo", slug="wmo", definition="Wet maatschappelijke ondersteuning."
    )
    client.force_login(adviser)
    assert f'value="glossary:{term.pk}"' in client.get(glossary.url).content.decode()
    client.post(reverse("helpdesk:add"), {"item": f"glossary:{term.pk}"})
    bundle = Bundle.objects.get(created_by=adviser)
    (visible,) = visible_items(bundle)
    assert visible.title == "Wmo" and visible.url.endswith("#wmo")


def test_most_sent_items_are_listed_per_theme(client, adviser, cases):
    from tests.knowledge.factories import ThemeFactory

    wonen = ThemeFactory(slug="wonen", name="Wonen")
    for _ in range(2):
        bundle = BundleFactory(created_by=adviser, status=Bundle.SENT, sent_at=timezone.now())
        bundle.question_themes.set([wonen])
        BundleItemFactory(bundle=bundle, page=cases[0])
    other = BundleFactory(created_by=adviser, status=Bundle.SENT, sent_at=timezone.now())
    BundleItemFactory(bundle=other, page=cases[1])
    client.force_login(adviser)
    html = client.get(reverse("helpdesk:list"), {"thema": "wonen"}).content.decode()
    most_sent = html[html.index("Het vaakst verstuurd") :]
    assert "Austerlitz zorgt · 2 keer" in most_sent
    assert "Tot uw Dienst" not in most_sent


def test_pdf_download_holds_the_available_items_only(client, sent_bundle, cases):
    cases[1].unpublish()
    response = client.get(f"/pakket/{sent_bundle.token}/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Robots-Tag"].startswith("noindex")
    text = pdf_text(response.content)
    assert "Austerlitz zorgt" in text and "Lees vooral de Wmo-paragraaf." in text
    assert "Tot uw Dienst" not in text and "Niet meer beschikbaar" in text


def test_pdf_of_a_revoked_bundle_is_refused(client, sent_bundle):
    Bundle.objects.filter(pk=sent_bundle.pk).update(revoked_at=timezone.now())
    assert client.get(f"/pakket/{sent_bundle.token}/pdf/").status_code == 410


def test_a_bundle_made_in_the_admin_belongs_to_its_maker(client, adviser):
    client.force_login(adviser)
    response = client.post(
        "/admin/snippets/helpdesk/bundle/add/",
        {
            "title": "Vraag over een dorpshuis",
            "question": "Wie heeft een dorpshuis overgenomen?",
            "recipient_name": "Dorpsraad",
            "recipient_email": "",
            "recipient_language": "nl",
            "introduction": "",
            "search_params": "",
            "expires_at": "",
        },
    )
    assert response.status_code == 302
    bundle = Bundle.objects.get(title="Vraag over een dorpshuis")
    assert bundle.created_by == adviser
    assert list(bundle.events.values_list("action", "user")) == [("created", adviser.pk)]


def bundle_form_data(**overrides) -> dict:
    return {
        "title": "Pakket voor De Linde",
        "question": "Hoe regelen anderen een Wmo-contract?",
        "recipient_name": "Zorgcoöperatie De Linde",
        "recipient_email": "bestuur@delinde.example.org",
        "recipient_language": "nl",
        "introduction": "",
        **overrides,
    }


@pytest.mark.parametrize(
    ("days", "message"),
    [(-1, "Deze datum is al voorbij"), (366, "Een link werkt hoogstens 365 dagen")],
)
def test_an_expiry_date_in_the_past_or_far_future_is_refused(client, adviser, days, message):
    bundle = BundleFactory(created_by=adviser)
    client.force_login(adviser)
    expires = timezone.localtime() + timedelta(days=days)

    response = client.post(
        reverse("helpdesk:detail", args=[bundle.pk]),
        bundle_form_data(expires_at=expires.strftime("%Y-%m-%dT%H:%M")),
    )

    assert response.status_code == 400
    assert message in response.content.decode()
    bundle.refresh_from_db()
    assert bundle.expires_at is None


def test_an_expiry_date_in_the_past_is_refused_in_the_admin_too(client, adviser):
    client.force_login(adviser)
    yesterday = timezone.localtime() - timedelta(days=1)

    response = client.post(
        "/admin/snippets/helpdesk/bundle/add/",
        bundle_form_data(
            search_params="",
            **{"expires_at": yesterday.strftime("%Y-%m-%d %H:%M")},
        ),
    )

    assert response.status_code == 200
    assert "Deze datum is al voorbij" in response.content.decode()
    assert not Bundle.objects.filter(title="Pakket voor De Linde").exists()


def test_a_bundle_whose_expiry_date_passed_before_sending_is_not_sent(
    client, adviser, cases, django_capture_on_commit_callbacks
):
    bundle = BundleFactory(created_by=adviser, expires_at=timezone.now() - timedelta(hours=1))
    BundleItemFactory(bundle=bundle, page=cases[0])
    client.force_login(adviser)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("helpdesk:action", args=[bundle.pk, "verzenden"]), follow=True
        )

    assert "Deze datum is al voorbij" in response.content.decode()
    bundle.refresh_from_db()
    assert bundle.status == Bundle.DRAFT and mail.outbox == []


def test_editing_a_sent_bundle_whose_link_expired_is_not_refused_for_the_date(
    client, adviser, sent_bundle
):
    Bundle.objects.filter(pk=sent_bundle.pk).update(expires_at=timezone.now() - timedelta(days=1))
    sent_bundle.refresh_from_db()
    client.force_login(adviser)
    expires = timezone.localtime(sent_bundle.expires_at).strftime("%Y-%m-%d %H:%M:%S")

    response = client.post(
        f"/admin/snippets/helpdesk/bundle/edit/{sent_bundle.pk}/",
        bundle_form_data(title="Nieuwe titel", search_params="", expires_at=expires),
    )

    assert response.status_code == 302
