"""Values that go into mail headers stay on one line; text mails are not HTML-escaped."""

from django.core import mail

import pytest

from knowledge.models import WhitepaperFeedback
from knowledge.tasks import notify_editors_of_feedback
from tests.uploads import upload_files as files
from tests.uploads.conftest import upload_index  # noqa: F401
from tests.uploads.helpers import FORM_URL, form_data, upload
from uploads.models import Submission

from .factories import UserFactory, WhitepaperPageFactory

pytestmark = pytest.mark.django_db
DUTCH_REFUSAL = "Schrijf dit op één regel, zonder regeleinden."


@pytest.mark.usefixtures("private_root", "upload_index")
@pytest.mark.parametrize("field", ["title", "contact_name", "place", "initiative_name"])
@pytest.mark.parametrize("line_break", ["\r\n", "\n", "\r", "\u2028"])
def test_an_upload_field_with_a_line_break_is_refused_in_dutch_keeping_the_file(
    client, field, line_break
):
    value = f"Verslag{line_break}Bcc: iedereen@example.org"
    data = {**form_data(**{field: value}), "files": [upload("a.pdf", files.pdf_with_text("a"))]}

    response = client.post(FORM_URL, data)

    assert response.status_code == 400
    content = response.content.decode()
    assert DUTCH_REFUSAL in content and "a.pdf" in content
    assert not Submission.objects.exists()


@pytest.fixture
def whitepaper(knowledge_index, editorial):
    UserFactory(username="redacteur", email="redactie@example.org", groups=["Redacteuren"])
    return WhitepaperPageFactory(parent=knowledge_index, title="Zorg & welzijn")


def test_a_feedback_name_with_a_line_break_is_refused_in_dutch(client, whitepaper):
    response = client.post(
        whitepaper.url,
        {"name": "Mies\nBcc: x@example.org", "email": "mies@example.org", "comment": "Mooi."},
    )

    assert DUTCH_REFUSAL in response.content.decode()
    assert not WhitepaperFeedback.objects.exists()


def test_the_feedback_mail_is_plain_text_not_html_escaped(whitepaper):
    feedback = WhitepaperFeedback.objects.create(
        page=whitepaper, name="Jan 't Hart", email="jan@example.org", comment="Foto's & <meer>"
    )

    notify_editors_of_feedback(feedback.pk)

    body = mail.outbox[0].body
    assert "Jan 't Hart" in body and "Foto's & <meer>" in body and "Zorg & welzijn" in body
    assert "&#x27;" not in body and "&amp;" not in body and "&lt;" not in body
