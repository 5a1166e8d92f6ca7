"""No stored text field keeps a character an output cannot carry, whichever way it arrives."""

import pytest

from knowledge.models import Theme, WhitepaperPage
from tests.knowledge.factories import KnowledgeIndexPageFactory, UserFactory, WhitepaperPageFactory
from tests.uploads.factories import SubmissionFactory
from uploads.models import Submission

pytestmark = pytest.mark.django_db


def test_a_model_saved_with_control_characters_stores_clean_text():
    submission = SubmissionFactory(
        title="Nieuwsbrief\x0bwinter 2024",
        description="Regel een\nregel\x00 twee\x1b[31m 😀",
    )

    stored = Submission.objects.get(pk=submission.pk)
    assert stored.title == "Nieuwsbrief winter 2024"
    assert stored.description == "Regel een\nregel twee[31m 😀"


def test_a_one_line_field_loses_its_line_breaks_but_a_text_field_keeps_them():
    submission = SubmissionFactory(
        title="Verslag\r\nBcc: iedereen@example.org", description="Eerste regel\r\ntweede regel"
    )

    stored = Submission.objects.get(pk=submission.pk)
    assert stored.title == "Verslag Bcc: iedereen@example.org"
    assert stored.description == "Eerste regel\r\ntweede regel"


def test_page_fields_and_streamfield_text_are_cleaned(home_page):
    index = KnowledgeIndexPageFactory(parent=home_page)
    page = WhitepaperPageFactory(
        parent=index,
        title="Whitepaper\x07 zorg",
        chapters=[("chapter", {"title": "Hoofdstuk\x0been", "anchor": "", "body": []})],
    )

    stored = WhitepaperPage.objects.get(pk=page.pk)
    assert stored.title == "Whitepaper zorg"
    assert stored.chapters[0].value["title"] == "Hoofdstuk een"


def test_the_wagtail_snippet_editor_stores_clean_text(client, site_tree):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))

    response = client.post(
        "/admin/snippets/knowledge/theme/add/?locale=nl",
        {"name": "Wonen\x0bzorg\x01", "slug": "wonen-en-zorg", "description": "Uitleg\x1b."},
    )

    assert response.status_code == 302
    theme = Theme.objects.get(locale__language_code="nl", slug="wonen-en-zorg")
    assert (theme.name, theme.description) == ("Wonen zorg", "Uitleg.")
