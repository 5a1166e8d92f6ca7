"""Issue 17's acceptance: through a real SMTP server on loopback, from the form to the end."""

from html.parser import HTMLParser

from django.test import Client

import pytest

from alerts.models import Subscription
from alerts.tasks import send_daily

from .conftest import link_path, parse, parts

pytestmark = pytest.mark.django_db

MATCHING = "Dorpsfonds in Elst: 'samen sparen' & zelf beslissen"


class Page(HTMLParser):
    """What an HTML mail shows: its text and its links."""

    def __init__(self):
        super().__init__()
        self.text: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append(dict(attrs)["href"])

    def handle_data(self, data):
        self.text.append(data)


def test_subscribe_confirm_receive_one_mail_unsubscribe_and_receive_nothing(
    client, knowledge, publish, smtp_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/meldingen/",
            {"email": "anna@example.org", "frequency": "daily", "filters": "thema=financiering"},
        )
    assert response.status_code == 302
    assert len(smtp_server.messages) == 1
    confirmation_text, _html = parts(parse(smtp_server.messages[0]))
    assert "Financiering" in confirmation_text
    confirmed = client.get(link_path(confirmation_text, "/meldingen/bevestigen/"), follow=True)
    assert "Uw melding staat aan" in confirmed.content.decode()

    publish(MATCHING, knowledge["money"])
    publish("Wonen met zorg in de wijk", knowledge["housing"])
    send_daily()

    assert len(smtp_server.messages) == 2
    alert = parse(smtp_server.messages[1])
    text, html = parts(alert)
    assert alert["To"] == "anna@example.org"
    assert MATCHING in text  # the plain text as written: no &amp; or &#x27;
    assert "&amp;" not in text and "&#x27;" not in text
    assert "Wonen met zorg" not in text and "Wonen met zorg" not in html
    rendered = Page()
    rendered.feed(html)
    assert MATCHING in " ".join(rendered.text)
    assert any("/kennisbank/" in link for link in rendered.links)
    assert alert["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe_path = link_path(alert["List-Unsubscribe"], "/meldingen/afmelden/")

    # RFC 8058: the mail program POSTs without cookies or a CSRF token.
    mail_program = Client(enforce_csrf_checks=True)
    answer = mail_program.post(
        unsubscribe_path,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert answer.status_code == 200
    assert not Subscription.objects.exists()

    publish("Nog een fonds voor het dorpshuis", knowledge["money"])
    send_daily()

    assert len(smtp_server.messages) == 2
