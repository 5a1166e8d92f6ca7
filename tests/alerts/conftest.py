import email
import email.policy
from urllib.parse import urlsplit

import pytest

from tests.knowledge.factories import CasePageFactory, KnowledgeIndexPageFactory, ThemeFactory


@pytest.fixture
def knowledge(home_page):
    """A knowledge base with two themes and nothing published yet."""
    return {
        "index": KnowledgeIndexPageFactory(parent=home_page),
        "money": ThemeFactory(slug="financiering", name="Financiering"),
        "housing": ThemeFactory(slug="wonen", name="Wonen"),
    }


@pytest.fixture
def publish(knowledge, django_capture_on_commit_callbacks):
    """publish(title, theme): a case first published now and indexed, as after a commit."""

    def publish(title: str, theme, summary: str = "Hoe bewoners het samen regelden."):
        with django_capture_on_commit_callbacks(execute=True):
            case = CasePageFactory(parent=knowledge["index"], title=title, summary=summary)
            case.themes.set([theme])
            case.save_revision().publish()
        return case

    return publish


def parse(raw: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)


def parts(message) -> tuple[str, str]:
    """The plain text and the HTML of a mail (HTML empty when it has none)."""
    text = message.get_body(preferencelist=("plain",)).get_content()
    html_part = message.get_body(preferencelist=("html",))
    return text, html_part.get_content() if html_part else ""


def link_path(text: str, fragment: str) -> str:
    line = next(line for line in text.split() if fragment in line)
    return urlsplit(line.strip("<>")).path
