from django.core import mail
from django.test import override_settings
from django.utils import translation

import pytest

from knowledge.models import WhitepaperFeedback
from knowledge.tasks import notify_editors_of_feedback, purge_old_feedback

from .factories import UserFactory, WhitepaperPageFactory

pytestmark = pytest.mark.django_db

VALID = {"name": "Mies", "email": "mies@example.org", "comment": "Mooi stuk, mis alleen de Wlz."}
# A real SMTP connection to a closed port: the mail server is down.
MAIL_SERVER_DOWN = {
    "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
    "EMAIL_HOST": "127.0.0.1",
    "EMAIL_PORT": 1,
    "EMAIL_TIMEOUT": 2,
}


@pytest.fixture
def whitepaper(knowledge_index, editorial):
    UserFactory(username="redacteur", email="redactie@example.org", groups=["Redacteuren"])
    return WhitepaperPageFactory(parent=knowledge_index)


def test_feedback_is_stored_and_the_editors_are_mailed(
    client, whitepaper, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(whitepaper.url, VALID)

    assert response.status_code == 302
    assert response["Location"].endswith("?reactie=ontvangen#reageren")
    feedback = WhitepaperFeedback.objects.get()
    assert feedback.comment == VALID["comment"]
    assert feedback.editors_notified_at is not None
    assert mail.outbox[0].to == ["redactie@example.org"]
    assert VALID["comment"] in mail.outbox[0].body


def test_feedback_is_kept_when_the_mail_server_is_down(
    client, whitepaper, django_capture_on_commit_callbacks
):
    with override_settings(**MAIL_SERVER_DOWN), django_capture_on_commit_callbacks(execute=True):
        response = client.post(whitepaper.url, VALID)

    assert response.status_code == 302
    feedback = WhitepaperFeedback.objects.get()
    assert feedback.editors_notified_at is None


def test_notification_after_the_mail_server_returns_is_sent_once(whitepaper):
    feedback = WhitepaperFeedback.objects.create(page=whitepaper, **VALID)

    assert notify_editors_of_feedback(feedback.pk) is True
    assert notify_editors_of_feedback(feedback.pk) is False
    assert len(mail.outbox) == 1


def test_the_editors_mail_is_in_dutch_whatever_language_is_active(whitepaper):
    feedback = WhitepaperFeedback.objects.create(page=whitepaper, **VALID)

    with translation.override("en"):
        notify_editors_of_feedback(feedback.pk)

    assert mail.outbox[0].subject == f'Nieuwe reactie op "{whitepaper.title}"'


def test_thank_you_message_after_sending(client, whitepaper):
    response = client.get(f"{whitepaper.url}?reactie=ontvangen")

    assert "Dank u wel" in response.content.decode()


def test_honeypot_filled_in_is_rejected_and_not_stored(client, whitepaper):
    response = client.post(whitepaper.url, {**VALID, "website": "http://spam.example"})

    assert response.status_code == 400
    assert not WhitepaperFeedback.objects.exists()


def test_bad_email_gets_a_dutch_message_and_keeps_the_comment(client, whitepaper):
    response = client.post(whitepaper.url, {**VALID, "email": "mies-at-example"})

    content = response.content.decode()
    assert response.status_code == 400
    assert "Dit is geen volledig e-mailadres" in content
    assert VALID["comment"] in content
    assert not WhitepaperFeedback.objects.exists()


@override_settings(FEEDBACK_RATE_LIMIT=2)
def test_too_many_comments_are_refused_with_the_text_kept(client, whitepaper):
    for _ in range(2):
        assert client.post(whitepaper.url, VALID).status_code == 302

    response = client.post(whitepaper.url, {**VALID, "comment": "Nog eentje"})

    assert response.status_code == 429
    assert "Nog eentje" in response.content.decode()
    assert WhitepaperFeedback.objects.count() == 2


def test_old_feedback_is_deleted_on_schedule(whitepaper):
    from datetime import timedelta

    from django.utils import timezone

    old = WhitepaperFeedback.objects.create(page=whitepaper, **VALID)
    WhitepaperFeedback.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - timedelta(days=400)
    )
    recent = WhitepaperFeedback.objects.create(page=whitepaper, **VALID)

    assert purge_old_feedback() == 1
    assert list(WhitepaperFeedback.objects.all()) == [recent]


def test_feedback_never_reaches_the_public_page(client, whitepaper):
    WhitepaperFeedback.objects.create(page=whitepaper, **VALID)

    content = client.get(whitepaper.url).content.decode()

    assert VALID["email"] not in content
    assert VALID["comment"] not in content
